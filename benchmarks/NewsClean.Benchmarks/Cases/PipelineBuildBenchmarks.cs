using BenchmarkDotNet.Attributes;
using NewsClean.Languages;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Building a pipeline: every built-in rule with every bundled language pack (target: under 5 ms), and with English
/// only for contrast. Bundled packs are parsed once per process, and the language detector over a set of bundled packs
/// is built once per process and set, so these measure what each Build() costs after that; the detector's one-time
/// cost is its own case.
/// </summary>
public class PipelineBuildBenchmarks
{
    private string[] languages = [];
    private LanguagePack[] packs = [];

    /// <summary>Loads the bundled packs outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        languages = [.. LanguagePack.Available];
        packs = Array.ConvertAll(languages, LanguagePack.Load);
    }

    /// <summary>All built-in rules, all bundled language packs.</summary>
    [Benchmark(Baseline = true, Description = "Build, all language packs")]
    public CleaningPipeline BuildAllPacks() => NewsCleaner.CreateBuilder().UseLanguages(languages).Build();

    /// <summary>All built-in rules, English only.</summary>
    [Benchmark(Description = "Build, English only")]
    public CleaningPipeline BuildEnglish() => NewsCleaner.CreateBuilder().UseLanguages("en").Build();

    /// <summary>The language detector over every bundled pack: built by the first Build() with that set in a process.</summary>
    [Benchmark(Description = "Language detector, all packs (first Build only)")]
    public LanguageDetector BuildDetector() => new(packs);
}
