using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;
using NewsClean.Benchmarks.Reporting;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Clean over the whole scaled corpus (100 MB of scraped text by default), on one thread and on every core, against
/// the text floor on the same documents. Parallel scaling is the one-thread mean over the parallel mean.
/// </summary>
public class CorpusBenchmarks : IReportsInputSize
{
    // Chunks of documents per parallel work item: large enough that scheduling is noise, small enough to balance.
    private const int ChunkSize = 16;

    private string[] documents = [];

    /// <summary>Builds the scaled corpus and the default pipeline outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        documents = ScaledCorpus.Materialise(Plan(), static r => r.Text);
        _ = NewsCleaner.Default;
    }

    /// <summary>The text floor, one thread.</summary>
    [Benchmark(Baseline = true, Description = "Text floor, 1 thread")]
    public long Floor() => ForAll(TextFloor.Run);

    /// <summary>The text floor, all cores.</summary>
    [Benchmark(Description = "Text floor, parallel")]
    public long FloorParallel() => ForAllParallel(TextFloor.Run);

    /// <summary>The text floor plus one stopword lookup per word, one thread.</summary>
    [Benchmark(Description = "Stopword floor, 1 thread")]
    public long StopwordFloorOneThread() => ForAll(StopwordFloor.Run);

    /// <summary>The default pipeline, one thread.</summary>
    [Benchmark(Description = "Clean, 1 thread")]
    public long Clean() => ForAll(NewsCleaner.Clean);

    /// <summary>The default pipeline, all cores sharing one pipeline.</summary>
    [Benchmark(Description = "Clean, parallel")]
    public long CleanParallel() => ForAllParallel(NewsCleaner.Clean);

    /// <inheritdoc />
    public InputSize? InputSizeOf(BenchmarkCase benchmarkCase) => ScaledCorpus.SizeOf(Plan(), static r => r.Text);

    private static int[] Plan() => ScaledCorpus.Plan(static r => r.Text, ScaledCorpus.TargetBytes);

    // Sequential and parallel cases go through the same delegate call, so their ratio measures only the threading.
    private long ForAll(Func<string, string> clean)
    {
        long total = 0;
        foreach (string document in documents)
        {
            total += clean(document).Length;
        }

        return total;
    }

    private long ForAllParallel(Func<string, string> clean)
    {
        long total = 0;
        Parallel.ForEach(Partitioner.Create(0, documents.Length, ChunkSize), range =>
        {
            long local = 0;
            for (int i = range.Item1; i < range.Item2; i++)
            {
                local += clean(documents[i]).Length;
            }

            Interlocked.Add(ref total, local);
        });
        return total;
    }
}
