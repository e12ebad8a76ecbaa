package org.gridlink.media;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The upload pipeline (format, header size, EXIF, lossless strip, upright thumbnail, hash) on the
 * 4608×1976 phone photo, 16 uploads at once, against the bare subsampled ImageIO decode of the same
 * file in the same JVM: the goal is ≥ 70 % of the bare decode's throughput with the heap capped at
 * 256 MB (the fork runs with -Xmx256m and prints the heap's peak at the end).
 *
 * <p>{@code ./mvnw -pl backend -Pbench test-compile exec:exec -Dbench=PhotoPipeline}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m", "-Xms256m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class PhotoPipelineBenchmark {
  private byte[] photo;
  private PhotoPipeline pipeline;

  private volatile boolean sampling;
  private volatile long peakHeap;
  private Thread sampler;

  @Setup(Level.Trial)
  public void load() {
    photo = Fixtures.photo("jpg/mobile/HMD_Nokia_8.3_5G.jpg");
    pipeline = new PhotoPipeline(new MediaProperties());
    // Used heap sampled every 5 ms: the peak the heap actually reached, not a sum of pool peaks.
    sampling = true;
    sampler =
        new Thread(
            () -> {
              var memory = ManagementFactory.getMemoryMXBean();
              while (sampling) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
  }

  @Benchmark
  public Object uploadPipeline() {
    return pipeline.process(photo);
  }

  @Benchmark
  public Object bareSubsampledDecode() throws BadImageException {
    return Thumbnailer.decodeSubsampled(photo, 4608, 480);
  }

  @TearDown(Level.Trial)
  public void reportPeakHeap() throws InterruptedException {
    sampling = false;
    sampler.join();
    System.out.printf(
        "%n[peak heap] %.1f MB used at most (sampled every 5 ms; -Xmx256m)%n",
        peakHeap / 1048576.0);
  }
}
