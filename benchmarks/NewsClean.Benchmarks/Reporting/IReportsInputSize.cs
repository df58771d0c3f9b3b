using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;

namespace NewsClean.Benchmarks.Reporting;

/// <summary>
/// A benchmark class that can say how much input one operation of a case reads. The columns call it in the host
/// process, on a fresh instance whose setup has not run, so it must compute sizes without building the workload.
/// </summary>
public interface IReportsInputSize
{
    /// <summary>The input of one operation of <paramref name="benchmarkCase"/>, or null when it reads no text.</summary>
    InputSize? InputSizeOf(BenchmarkCase benchmarkCase);
}
