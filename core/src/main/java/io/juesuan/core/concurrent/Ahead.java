package io.juesuan.core.concurrent;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work started ahead of its need on a pool thread and done once, by whichever thread comes to it
 * first: the pool's, or the thread that needs the result and finds the work not yet started — so a
 * busy pool never makes that thread wait for work it can do itself. Whatever the work throws is
 * thrown to the thread that asks for the result.
 *
 * @param <T> the result
 * @param <E> the checked exception the work may throw
 */
public final class Ahead<T, E extends Exception> {
  /** Work that may throw a checked exception of one kind. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final Work<T, E> work;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private T result;
  private Throwable failure;
  private boolean done;

  private Ahead(Work<T, E> work) {
    this.work = work;
  }

  /** Starts the work on the common pool. */
  public static <T, E extends Exception> Ahead<T, E> start(Work<T, E> work) {
    Ahead<T, E> ahead = new Ahead<>(work);
    ForkJoinPool.commonPool().execute(ahead::claimAndRun);
    return ahead;
  }

  /** A result already at hand. */
  public static <T> Ahead<T, RuntimeException> done(T result) {
    Ahead<T, RuntimeException> ahead = new Ahead<>(() -> result);
    ahead.claimAndRun();
    return ahead;
  }

  private void claimAndRun() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    T value = null;
    Throwable thrown = null;
    try {
      value = work.run();
    } catch (Throwable t) { // handed to the thread that asks for the result, whatever it is
      thrown = t;
    }
    synchronized (this) {
      result = value;
      failure = thrown;
      done = true;
      notifyAll();
    }
  }

  /** The result: the work is done here if no thread has started it, else waited for. */
  @SuppressWarnings("unchecked") // the work throws only E or unchecked exceptions
  public T get() throws E {
    claimAndRun();
    boolean interrupted = false;
    synchronized (this) {
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure != null) {
      throw (E) failure;
    }
    return result;
  }
}
