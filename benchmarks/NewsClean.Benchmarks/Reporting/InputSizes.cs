using System.Collections.Concurrent;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;

namespace NewsClean.Benchmarks.Reporting;

/// <summary>Looks up, once per case, the input size a benchmark class reports, with the measured mean and allocations.</summary>
internal static class InputSizes
{
    private static readonly ConcurrentDictionary<string, InputSize?> Cache = new();

    public static InputSize? Of(BenchmarkCase benchmarkCase) =>
        Cache.GetOrAdd(benchmarkCase.DisplayInfo, _ =>
            Activator.CreateInstance(benchmarkCase.Descriptor.Type) is IReportsInputSize reporter ? reporter.InputSizeOf(benchmarkCase) : null);

    /// <summary>The mean time of one operation in nanoseconds, or null when the case did not run.</summary>
    public static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;

    /// <summary>Bytes allocated per operation, or null without the memory diagnoser.</summary>
    public static long? AllocatedBytes(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.GcStats is { } gc ? gc.GetBytesAllocatedPerOperation(benchmarkCase) : null;
}
