using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;

namespace NewsClean.Benchmarks.Reporting;

/// <summary>How much input one operation reads, in megabytes of UTF-8.</summary>
public sealed class InputSizeColumn : SizeColumn
{
    /// <inheritdoc />
    public override string Id => "NewsClean.InputMB";

    /// <inheritdoc />
    public override string ColumnName => "Input MB";

    /// <inheritdoc />
    public override string Legend => "Input read by one operation, in megabytes (10^6 bytes) of UTF-8";

    /// <inheritdoc />
    protected override string? Format(Summary summary, BenchmarkCase benchmarkCase, InputSize size) =>
        (size.Utf8Bytes / 1e6).ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>Throughput: megabytes of UTF-8 input per second, from the mean time.</summary>
public sealed class ThroughputColumn : SizeColumn
{
    /// <inheritdoc />
    public override string Id => "NewsClean.MBps";

    /// <inheritdoc />
    public override string ColumnName => "MB/s";

    /// <inheritdoc />
    public override string Legend => "Input megabytes (10^6 UTF-8 bytes) per second: Input MB / Mean";

    /// <inheritdoc />
    protected override string? Format(Summary summary, BenchmarkCase benchmarkCase, InputSize size) =>
        InputSizes.MeanNanoseconds(summary, benchmarkCase) is { } mean and > 0
            ? (size.Utf8Bytes / 1e6 / (mean / 1e9)).ToString("0.0", CultureInfo.InvariantCulture)
            : null;
}

/// <summary>Documents per second, from the mean time: the unit extractors such as trafilatura are compared in.</summary>
public sealed class DocumentsPerSecondColumn : SizeColumn
{
    /// <inheritdoc />
    public override string Id => "NewsClean.DocsPerSecond";

    /// <inheritdoc />
    public override string ColumnName => "docs/s";

    /// <inheritdoc />
    public override string Legend => "Documents processed per second: documents per operation / Mean";

    /// <inheritdoc />
    protected override string? Format(Summary summary, BenchmarkCase benchmarkCase, InputSize size) =>
        InputSizes.MeanNanoseconds(summary, benchmarkCase) is { } mean and > 0
            ? (size.Documents / (mean / 1e9)).ToString("0", CultureInfo.InvariantCulture)
            : null;
}

/// <summary>Bytes allocated per UTF-16 character of input, the unit of the allocation target (at most 2).</summary>
public sealed class AllocatedPerCharColumn : SizeColumn
{
    /// <inheritdoc />
    public override string Id => "NewsClean.AllocPerChar";

    /// <inheritdoc />
    public override string ColumnName => "Alloc B/char";

    /// <inheritdoc />
    public override string Legend => "Bytes allocated per operation divided by the input's UTF-16 characters";

    /// <inheritdoc />
    protected override string? Format(Summary summary, BenchmarkCase benchmarkCase, InputSize size) =>
        InputSizes.AllocatedBytes(summary, benchmarkCase) is { } bytes && size.Chars > 0
            ? ((double)bytes / size.Chars).ToString("0.000", CultureInfo.InvariantCulture)
            : null;
}
