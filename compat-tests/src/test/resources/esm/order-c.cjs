console.log('c'); module.exports = 'c-value';
