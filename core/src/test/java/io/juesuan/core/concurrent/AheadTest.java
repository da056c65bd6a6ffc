package io.juesuan.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AheadTest {
  @Test
  void theResultOfWorkDoneOnThePool() throws Exception {
    Ahead<String, IOException> ahead = Ahead.start(() -> "第" + 1 + "页");
    assertThat(ahead.get()).isEqualTo("第1页");
    assertThat(ahead.get()).isEqualTo("第1页");
    assertThat(Ahead.done(List.of(1, 2)).get()).containsExactly(1, 2);
  }

  @Test
  void workThePoolHasNotStartedIsDoneByTheThreadThatNeedsIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(ForkJoinPool.getCommonPoolParallelism());
    for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                busy.countDown();
                try {
                  release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    try {
      assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
      Ahead<Thread, RuntimeException> ahead = Ahead.start(Thread::currentThread);
      assertThat(ahead.get()).isSameAs(Thread.currentThread());
    } finally {
      release.countDown();
    }
  }

  @Test
  void theWorkRunsOnceHoweverManyThreadsAsk() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Ahead<Integer, InterruptedException> ahead =
        Ahead.start(
            () -> {
              Thread.sleep(20);
              return runs.incrementAndGet();
            });
    List<Thread> askers = new ArrayList<>();
    List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  seen.add(ahead.get());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      askers.add(t);
      t.start();
    }
    seen.add(ahead.get());
    for (Thread t : askers) {
      t.join();
    }
    assertThat(seen).hasSize(5).containsOnly(1);
    assertThat(runs).hasValue(1);
  }

  @Test
  void whatTheWorkThrowsIsThrownToTheThreadThatAsks() {
    Ahead<String, IOException> unreadable =
        Ahead.start(
            () -> {
              throw new IOException("第3页无法读取");
            });
    assertThatThrownBy(unreadable::get).isInstanceOf(IOException.class).hasMessage("第3页无法读取");
    Ahead<String, RuntimeException> broken =
        Ahead.start(
            () -> {
              throw new IllegalStateException("坏了");
            });
    assertThatThrownBy(broken::get).isInstanceOf(IllegalStateException.class).hasMessage("坏了");
  }
}
