using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;
using NewsClean.Benchmarks.Reporting;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Clean over the dev corpus, and a fresh Clean over its outputs: text with nothing left to remove, so one pass that
/// confirms it. That is an upper bound on Clean's own confirming pass, not its cost: a fresh Clean reads the text,
/// detects the language and looks up every line's phrases again, which Clean's later passes carry over from the first
/// (callgrind puts those later passes at about 5% of Clean's instructions). Dev corpus once through.
/// </summary>
public class PassBenchmarks : IReportsInputSize
{
    private string[] documents = [];
    private string[] outputs = [];

    /// <summary>Reads the corpus and cleans it once outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        documents = [.. DevCorpus.All.Select(r => r.Text)];
        outputs = Array.ConvertAll(documents, NewsCleaner.Clean);
    }

    /// <summary>The default pipeline over the scraped text: every pass, to the fixed point.</summary>
    [Benchmark(Baseline = true, Description = "Clean, scraped text")]
    public long Clean() => CleanAll(documents);

    /// <summary>The default pipeline over its own outputs: a fresh Clean that finds nothing left to remove.</summary>
    [Benchmark(Description = "Clean, its own output")]
    public long CleanOutputs() => CleanAll(outputs);

    /// <inheritdoc />
    public InputSize? InputSizeOf(BenchmarkCase benchmarkCase)
    {
        var texts = DevCorpus.All.Select(r => r.Text);
        if (benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(CleanOutputs))
        {
            texts = texts.Select(NewsCleaner.Clean);
        }

        long chars = 0, bytes = 0, count = 0;
        foreach (string text in texts)
        {
            var size = InputSize.Of(text);
            chars += size.Chars;
            bytes += size.Utf8Bytes;
            count++;
        }

        return new InputSize(count, chars, bytes);
    }

    private static long CleanAll(string[] texts)
    {
        long total = 0;
        foreach (string text in texts)
        {
            total += NewsCleaner.Clean(text).Length;
        }

        return total;
    }
}
