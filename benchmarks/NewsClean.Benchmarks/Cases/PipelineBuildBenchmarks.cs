using BenchmarkDotNet.Attributes;
using NewsClean.Languages;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Building a pipeline: every built-in rule with every bundled language pack (target: under 5 ms), and with English
/// only for contrast. Bundled packs are parsed once per process, so this measures what each Build() costs after that.
/// </summary>
public class PipelineBuildBenchmarks
{
    private string[] languages = [];

    /// <summary>Loads the bundled packs outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => languages = [.. LanguagePack.Available];

    /// <summary>All built-in rules, all bundled language packs.</summary>
    [Benchmark(Baseline = true, Description = "Build, all language packs")]
    public CleaningPipeline BuildAllPacks() => NewsCleaner.CreateBuilder().UseLanguages(languages).Build();

    /// <summary>All built-in rules, English only.</summary>
    [Benchmark(Description = "Build, English only")]
    public CleaningPipeline BuildEnglish() => NewsCleaner.CreateBuilder().UseLanguages("en").Build();
}
