import { getOneMessage, sendMessage } from 'execa';

const message = await getOneMessage();
await sendMessage({ echo: message, big: 2n ** 70n, when: new Date(0), set: new Set([1]) });
