import('./data.json').catch((err) => console.log(err.code, err.message.replaceAll(import.meta.dirname, '<dir>')));
