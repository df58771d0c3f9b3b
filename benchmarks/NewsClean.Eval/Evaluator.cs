using System.Collections.Concurrent;

namespace NewsClean.Eval;

/// <summary>Runs a cleaner over the corpus and scores it overall and per language.</summary>
public static class Evaluator
{
    /// <summary>The scores of one run.</summary>
    /// <param name="Overall">All records with a truth.</param>
    /// <param name="ByLanguage">The same, per language tag.</param>
    /// <param name="KeptOnClean">Token recall when the truth itself is cleaned: how much real article text survives (micro).</param>
    /// <param name="Outputs">The cleaner's output per record id.</param>
    public sealed record Report(ScoreSummary Overall, SortedDictionary<string, ScoreSummary> ByLanguage, double KeptOnClean, IReadOnlyDictionary<string, string> Outputs);

    /// <summary>Cleans every record's input with <paramref name="clean"/> and scores it against the truth.</summary>
    public static Report Run(IReadOnlyList<EvalRecord> records, Func<EvalRecord, string> clean, Func<string, string> cleanText)
    {
        var scored = records.Where(r => r.Truth is not null).ToArray();
        var outputs = new ConcurrentDictionary<string, string>();
        var scores = new RecordScore[scored.Length];
        var kept = new RecordScore[scored.Length];
        Parallel.For(0, scored.Length, i =>
        {
            string output = clean(scored[i]);
            outputs[scored[i].Id] = output;
            scores[i] = RecordScore.Of(output, scored[i].Truth);
            kept[i] = RecordScore.Of(cleanText(scored[i].Truth!), scored[i].Truth);
        });

        var overall = new ScoreSummary();
        var byLanguage = new SortedDictionary<string, ScoreSummary>(StringComparer.Ordinal);
        long keptOverlap = 0, truthTokens = 0;
        for (int i = 0; i < scored.Length; i++)
        {
            overall.Add(scores[i]);
            if (!byLanguage.TryGetValue(scored[i].Language, out var group))
            {
                byLanguage[scored[i].Language] = group = new ScoreSummary();
            }

            group.Add(scores[i]);
            keptOverlap += kept[i].Overlap;
            truthTokens += kept[i].True;
        }

        return new Report(overall, byLanguage, truthTokens == 0 ? 1 : (double)keptOverlap / truthTokens, outputs);
    }
}
