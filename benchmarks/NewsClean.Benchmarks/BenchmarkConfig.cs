using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using NewsClean.Benchmarks.Reporting;

namespace NewsClean.Benchmarks;

/// <summary>The configuration every benchmark runs with: allocations per operation, throughput, documents per second and bytes per input character.</summary>
public static class BenchmarkConfig
{
    /// <summary>The default config plus the memory diagnoser and the input-size columns. The job comes from the command line.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new InputSizeColumn(), new ThroughputColumn(), new DocumentsPerSecondColumn(), new AllocatedPerCharColumn());
}
