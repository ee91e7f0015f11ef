export default 'own-import';
