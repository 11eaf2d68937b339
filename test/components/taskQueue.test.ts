// One job per task, in order: a click step redrawing several charts becomes several short
// tasks instead of one long one.
import { describe, expect, it } from 'vitest'
import { inOwnTask } from '../../components/charts/taskQueue'

/** Resolves after the next task (a message posted now is delivered before a later timer). */
const nextTask = () => new Promise(r => setTimeout(r, 0))

describe('inOwnTask', () => {
  it('runs each job in a task of its own, in the order queued', async () => {
    const log: string[] = []
    // A job's microtasks run before the next job: the jobs are separate tasks, not one loop.
    for (const name of ['a', 'b', 'c']) {
      inOwnTask(() => {
        log.push(name)
        void Promise.resolve().then(() => log.push(`${name} done`))
      })
    }
    // nothing runs in the task that queued them
    await Promise.resolve()
    expect(log).toEqual([])
    for (let i = 0; i < 4; i++) await nextTask()
    expect(log).toEqual(['a', 'a done', 'b', 'b done', 'c', 'c done'])
  })

  it('skips a cancelled job and runs the rest', async () => {
    const log: string[] = []
    inOwnTask(() => log.push('a'))
    const cancel = inOwnTask(() => log.push('b'))
    inOwnTask(() => log.push('c'))
    cancel()
    for (let i = 0; i < 4; i++) await nextTask()
    expect(log).toEqual(['a', 'c'])
  })

  it('keeps going with jobs queued by a running job', async () => {
    const log: string[] = []
    inOwnTask(() => {
      log.push('a')
      inOwnTask(() => log.push('b'))
    })
    for (let i = 0; i < 4; i++) await nextTask()
    expect(log).toEqual(['a', 'b'])
  })
})
