using System.Text;

namespace NewsClean.Benchmarks.Corpus;

/// <summary>
/// The dev corpus scaled up to a target size by repeating it in shuffled rounds, so throughput is measured on far more
/// text than fits in any cache. The order is seeded, so the benchmark process and the reporting process agree on sizes.
/// </summary>
public static class ScaledCorpus
{
    /// <summary>Overrides the target size in megabytes (10^6 UTF-8 bytes), for quick runs.</summary>
    public const string SizeVariable = "NEWSCLEAN_BENCH_CORPUS_MB";

    /// <summary>The target size when <see cref="SizeVariable"/> is unset.</summary>
    public const int DefaultMegabytes = 100;

    private const int Seed = 5;

    /// <summary>The target size in UTF-8 bytes.</summary>
    public static long TargetBytes =>
        (int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), out int mb) && mb > 0 ? mb : DefaultMegabytes) * 1_000_000L;

    /// <summary>Indexes into <see cref="DevCorpus.All"/>: whole shuffled rounds until the chosen field reaches the target size.</summary>
    public static int[] Plan(Func<DevRecord, string> field, long targetBytes)
    {
        var records = DevCorpus.All;
        var random = new Random(Seed);
        var plan = new List<int>();
        long total = 0;
        while (total < targetBytes)
        {
            int[] round = [.. Enumerable.Range(0, records.Count)];
            random.Shuffle(round);
            foreach (int index in round)
            {
                plan.Add(index);
                total += Encoding.UTF8.GetByteCount(field(records[index]));
            }
        }

        return [.. plan];
    }

    /// <summary>The documents of a plan, each a fresh string so the scaled corpus is laid out in memory like real input.</summary>
    public static string[] Materialise(int[] plan, Func<DevRecord, string> field)
    {
        var records = DevCorpus.All;
        return Array.ConvertAll(plan, index => new string(field(records[index]).AsSpan()));
    }

    /// <summary>The size of a plan's documents.</summary>
    public static InputSize SizeOf(int[] plan, Func<DevRecord, string> field)
    {
        var records = DevCorpus.All;
        long chars = 0, bytes = 0;
        foreach (int index in plan)
        {
            string text = field(records[index]);
            chars += text.Length;
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return new InputSize(plan.Length, chars, bytes);
    }
}

/// <summary>How much input one benchmark operation reads.</summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="Chars">UTF-16 characters, the unit of the allocation target.</param>
/// <param name="Utf8Bytes">UTF-8 bytes, the unit of the MB/s column.</param>
public sealed record InputSize(long Documents, long Chars, long Utf8Bytes)
{
    /// <summary>The size of one document.</summary>
    public static InputSize Of(string text) => new(1, text.Length, Encoding.UTF8.GetByteCount(text));
}
