using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Trims a credit that ends a paragraph, keeping the paragraph: "… banyak pihak internasional. (Angel Rinella)",
/// "… the ministry said. (nds/krs)", "… (Reporting by Jane Doe; Editing by John Roe)". The credit must follow a
/// finished sentence and be a few capitalised names, an editor code or a staff label.
/// </summary>
internal sealed class TrailingCreditRule() : CleaningRule("credits.trailing", "Trims author credits and editor codes from the end of a paragraph.")
{
    private const string Reason = "author credit at the end of a paragraph";
    private const int MaxNameWords = 4;

    protected internal override void Apply(CleaningContext context)
    {
        var labels = context.Phrases[PhraseCategory.StaffCredit];
        var credits = context.Phrases[PhraseCategory.CaptionCredit];
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i) || context.GetFeatures(i).Words < 6)
            {
                continue;
            }

            var text = context.GetText(i);
            if (Text.WireCode.Start(text) is > 0 and var code)
            {
                context.RemoveEnd(i, code, Reason);
                continue;
            }

            int open = LineShape.TrailingParenthesis(text);
            if (open <= 0)
            {
                continue;
            }

            var before = text[..open].TrimEnd();
            var inner = text[(open + 1)..^1].Trim();
            bool afterSentence = before.Length > 0 && Text.CharClass.IsSentenceEnd(before[^1]) || (before.Length > 0 && Text.CharClass.IsCloser(before[^1]));
            if (!afterSentence)
            {
                continue;
            }

            if (StaffCreditRule.IsEditorCode(text[open..]) || IsNames(inner)
                || StaffCreditRule.IsStaffCredit(inner, labels, CountWords(inner)) || PhotoCreditRule.IsCredit(inner, credits))
            {
                context.RemoveEnd(i, open, Reason);
            }
        }
    }

    /// <summary>1 to 4 capitalised words with no digits: "Angel Rinella", "AP", "Budi S".</summary>
    private static bool IsNames(ReadOnlySpan<char> inner)
    {
        if (inner.IsEmpty || inner.Length > 40)
        {
            return false;
        }

        var state = (Words: 0, Ok: true);
        LineShape.ForEachWord(inner, ref state, static (ReadOnlySpan<char> word, ref (int Words, bool Ok) s) =>
        {
            s.Words++;
            s.Ok = char.IsUpper(word[0]) && !word.ContainsAnyInRange('0', '9');
            return s.Ok;
        });
        foreach (char c in inner)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '-' or '\''))
            {
                return false;
            }
        }

        return state.Ok && state.Words is > 0 and <= MaxNameWords;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        LineShape.ForEachWord(text, ref words, static (ReadOnlySpan<char> _, ref int n) =>
        {
            n++;
            return true;
        });
        return words;
    }
}
