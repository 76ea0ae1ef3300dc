/**
 * Child process for durability.test.ts: opens the store given as JSON in argv[2], makes a room and a
 * learner, then posts events through the real service as fast as it can (several posts in flight, so
 * group commits are exercised) and prints each acknowledged event id on stdout. The parent kills it
 * with SIGKILL mid-stream.
 */
import { LIMITS } from '../../workshop/rate-limit';
import { createContext, makeLimiters } from './context';
import { createWorkshop } from './instructor';
import { authenticateLearner, join, postEvents } from './learner';
import { cryptoRandom } from './secrets';
import { openStore, type StoreConfig } from './store';

const config = JSON.parse(process.argv[2]!) as StoreConfig;
const store = await openStore(config);
const ctx = createContext(store, { random: cryptoRandom, limits: makeLimiters({ ...LIMITS, learner: { capacity: 1e9, perSecond: 1e9 } }) });
const lesson = 'a-module/a-lesson';
const room = await createWorkshop(ctx, { title: 'Durability', lessons: [lesson] }, new Set([lesson]), { ip: 'test' });
const learner = await join(ctx, { code: room.workshop.code, name: 'Writer' }, { ip: 'test' });
process.stdout.write(`ROOM ${room.workshop.code}\n`);
let n = 0;
async function writer(lane: number): Promise<never> {
  for (;;) {
    const auth = await authenticateLearner(ctx, learner.token);
    const events = [0, 1].map(() => ({ id: `lane${lane}-${String(n++).padStart(8, '0')}`, at: Date.now(), event: { type: 'lesson-completed', lesson } }));
    const ack = await postEvents(ctx, auth, { events });
    process.stdout.write(ack.acked.map((id) => `ACK ${id}\n`).join(''));
  }
}
await Promise.all([1, 2, 3, 4].map(writer));
