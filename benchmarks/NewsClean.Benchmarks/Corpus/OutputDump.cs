using System.Globalization;
using System.Text;

namespace NewsClean.Benchmarks.Corpus;

/// <summary>
/// Writes the default pipeline's output and trace for every dev-corpus document to one file. Not a benchmark: run it
/// before and after an optimisation and compare the files byte for byte, so speed work never changes behaviour.
/// </summary>
public static class OutputDump
{
    /// <summary>The command-line switch: <c>--dump-outputs &lt;file&gt;</c>.</summary>
    public const string Switch = "--dump-outputs";

    /// <summary>Writes the dump to <paramref name="path"/>.</summary>
    public static void Write(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var record in DevCorpus.All)
        {
            string clean = NewsCleaner.Clean(record.Text);
            var traced = NewsCleaner.CleanWithTrace(record.Text);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"=== {record.Id} unchanged={ReferenceEquals(clean, record.Text)}"));
            writer.WriteLine(clean);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--- trace, same text: {traced.Text == clean}"));
            foreach (var removal in traced.Removals)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{removal.RuleId} [{removal.FirstLine}-{removal.LastLine}{(removal.IsPartial ? " partial" : "")}] {removal.Reason}: {removal.Text}"));
            }

            foreach (var guarded in traced.Guarded)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"guarded {guarded.RuleId} {guarded.LineCount} {guarded.ProseShare:R}: {guarded.Reason}"));
            }
        }
    }
}
