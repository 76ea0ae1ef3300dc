/**
 * The simulator side of the terminal (the simulated Docker host and the lesson's exercise agent), in
 * its own lazily loaded chunk: terminal-panel starts loading it as soon as the panel mounts, in
 * parallel with the xterm chunk, so the two download and evaluate as separate, shorter tasks.
 */
export { createHostSession } from '@/lib/host';
export { lessonAgent } from '../exercise/agent/lesson-agent';
