namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes runs of many very short lines that are not sentences: menus, tag clouds, link lists and share bars
/// ("News", "World", "Politics", …). A run must hold at least <see cref="MinRun"/> such lines in a row; a
/// subheading or a short quote between paragraphs is a run of one and stays.
/// </summary>
internal sealed class ShortLineRunRule() : CleaningRule("structure.short-runs", "Removes runs of very short non-sentence lines (menus, tag clouds, link lists).")
{
    internal override bool ReadsPageLayout => true;

    internal const int MinRun = 5;
    private const int MinKept = 3;
    private const int MaxWords = 3;
    private const string Reason = "run of very short lines (menu, tag cloud or link list)";

    protected internal override void Apply(CleaningContext context)
    {
        // Lines other rules removed between a run's short lines (a share bar's known buttons) count towards its length
        // and do not break it: finding more boilerplate must never save the rest of a menu. Removed lines before or
        // after the run do not lengthen it, and at least MinKept short lines must be its own, so a subheading or a
        // sign-off next to a removed block is not a "run".
        int runStart = -1, kept = 0, between = 0, sinceLastKept = 0;
        int prices = 0;
        for (int i = 0; i <= context.LineCount; i++)
        {
            if (i < context.LineCount && context.IsRemoved(i))
            {
                sinceLastKept += kept > 0 ? 1 : 0;
                continue;
            }

            if (i < context.LineCount && IsMenuItem(context, i))
            {
                if (kept++ == 0)
                {
                    runStart = i;
                }

                between += sinceLastKept;
                sinceLastKept = 0;
                prices += context.GetFeatures(i).Digits == 0 ? 0 : Prices.IsPriceLine(context.GetText(i)) ? MinPriceLines : Prices.ContainsPrice(context.GetText(i)) ? 1 : 0;
                continue;
            }

            // A price alone on its line ("$39.95") or two lines that name prices ("VIP : 60,000₩") show a product card
            // or a price list, which is the text's: menus, tag clouds and link lists name none, though a menu may offer
            // one subscription ("Subscribe from $1").
            if (prices < MinPriceLines && ((kept >= MinKept && kept + between >= MinRun) || (kept >= MinTags && IsUnderTagsLabel(context, runStart))))
            {
                context.RemoveKept(runStart, i, Reason);
            }

            kept = 0;
            between = 0;
            sinceLastKept = 0;
            prices = 0;
        }
    }

    // A post's tags under their label alone on a line ("Archivado en", "Schlagwörter", "Теги"), one link a line: two
    // are enough, since a label with one short line under it may be a label over a subheading.
    private const int MinTags = 2;

    private const int MinPriceLines = 2;

    private static bool IsUnderTagsLabel(CleaningContext context, int runStart) =>
        runStart > 0 && context.MatchesExactPhrase(runStart - 1, Languages.PhraseCategory.Tags);

    private static bool IsMenuItem(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return f.Words <= MaxWords && !f.EndsSentence && context.GetText(line)[^1] is not (':' or ',');
    }
}
