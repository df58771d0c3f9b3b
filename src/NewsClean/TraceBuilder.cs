using System.Text;
using NewsClean.Rules;

namespace NewsClean;

/// <summary>Turns the per-line marks of a cleaned document into <see cref="Removal"/> records, in input order.</summary>
internal static class TraceBuilder
{
    public static List<Removal> Collect(CleaningContext context, CleaningRule[] rules)
    {
        var removals = new List<Removal>();
        int i = 0;
        while (i < context.LineCount)
        {
            if (!context.IsRemoved(i))
            {
                if (context.TryGetTrim(i, out int trimRule, out string trimReason))
                {
                    var text = context.GetText(i);
                    int keep = context.KeptLength(i);
                    int line = context.GetSourceLine(i);
                    removals.Add(new Removal(rules[trimRule].Id, trimReason, text[keep..].Trim().ToString(), line, line, IsPartial: true));
                }

                i++;
                continue;
            }

            // Consecutive lines removed by the same rule for the same reason form one removal.
            int rule = context.OwnerOf(i);
            string reason = context.ReasonOf(i)!;
            int first = i;
            var joined = new StringBuilder().Append(context.GetText(i));
            i++;
            while (i < context.LineCount && context.IsRemoved(i) && context.OwnerOf(i) == rule && context.ReasonOf(i) == reason)
            {
                joined.Append('\n').Append(context.GetText(i));
                i++;
            }

            removals.Add(new Removal(rules[rule].Id, reason, joined.ToString(), context.GetSourceLine(first), context.GetSourceLine(i - 1)));
        }

        return removals;
    }
}
