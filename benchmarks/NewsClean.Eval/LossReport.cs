using System.Globalization;

namespace NewsClean.Eval;

/// <summary>
/// Explains lost article text: cleans each record's truth (which is all content) and sums, per rule, the words it
/// removed, with a few examples. Every removal on clean input is a false positive of that rule.
/// </summary>
internal static class LossReport
{
    public static void Write(IReadOnlyList<EvalRecord> records, TextWriter output)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.Truth is not null))
        {
            foreach (var removal in NewsCleaner.CleanWithTrace(record.Truth!).Removals)
            {
                words[removal.RuleId] = words.GetValueOrDefault(removal.RuleId) + BagOfWords.Size(BagOfWords.Tokens(removal.Text));
                var list = examples.TryGetValue(removal.RuleId, out var l) ? l : examples[removal.RuleId] = [];
                if (list.Count < (Environment.GetEnvironmentVariable("EVAL_EXAMPLES") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 8))
                {
                    string text = removal.Text.Length > 160 ? removal.Text[..160] + "…" : removal.Text;
                    list.Add($"{record.Id[..8]} {removal.Reason}: {text.Replace('\n', '⏎')}");
                }
            }
        }

        output.WriteLine("words removed from clean input, by rule:");
        foreach (var (rule, count) in words.OrderByDescending(p => p.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule,-24} {count,6}"));
            foreach (var example in examples[rule])
            {
                output.WriteLine($"      {example}");
            }
        }
    }
}
