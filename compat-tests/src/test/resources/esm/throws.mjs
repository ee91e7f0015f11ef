const where = 'top level';
throw new Error(`thrown at ${where}`);
