using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;
using NewsClean.Benchmarks.Reporting;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// HTML over the scaled corpus (100 MB of page HTML by default). The baseline is AngleSharp parsing alone, the least
/// any DOM-based cleaner does; CleanHtml's target is to stay within 1.5x of it, measured in the same run.
/// </summary>
public class HtmlBenchmarks : IReportsInputSize
{
    private readonly HtmlParser parser = new();
    private string[] pages = [];

    /// <summary>Builds the scaled HTML corpus outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => pages = ScaledCorpus.Materialise(Plan(), static r => r.Html);

    /// <summary>Parses every page into a DOM and throws it away.</summary>
    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public long ParseOnly()
    {
        long nodes = 0;
        foreach (string page in pages)
        {
            using var document = parser.ParseDocument(page);
            nodes += document.All.Length;
        }

        return nodes;
    }

    /// <summary>
    /// Extracts and cleans every page with the default pipeline (parse, DOM removals, text extraction, the text rules):
    /// what a caller of <see cref="NewsCleaner.CleanHtml(string)"/> pays per page, compared with parsing alone.
    /// </summary>
    [Benchmark(Description = "CleanHtml")]
    public long CleanHtml()
    {
        long total = 0;
        foreach (string page in pages)
        {
            total += NewsCleaner.CleanHtml(page).Length;
        }

        return total;
    }

    /// <inheritdoc />
    public InputSize? InputSizeOf(BenchmarkCase benchmarkCase) => ScaledCorpus.SizeOf(Plan(), static r => r.Html);

    private static int[] Plan() => ScaledCorpus.Plan(static r => r.Html, ScaledCorpus.TargetBytes);
}
