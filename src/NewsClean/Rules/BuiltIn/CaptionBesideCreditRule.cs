using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes the lines a photo credit binds to it, once <c>captions.credit</c> has removed the credit line itself:
/// the caption set directly over it ("Trump asked voters in Louisiana for a big win. He didn't get it." / "Credit..."),
/// and the photographer's name directly under a bare label ("Credit..." / "Doug Mills/The New York Times").
/// No blank line may separate them. The caption must start a block of its own (a blank line or a removed line above
/// it), so on a page that separates nothing a paragraph followed by a credit stays, and it must be a sentence in
/// sentence case: a headline over a lead photo's credit stays.
/// </summary>
internal sealed class CaptionBesideCreditRule() : CleaningRule("captions.beside-credit", "Removes the caption directly over a photo credit and the name under a bare credit label.")
{
    private const string CaptionReason = "caption directly over its photo credit";
    private const string NameReason = "photographer's name under a credit label";
    private const int MinCaptionWords = 3;
    private const int MaxNameWords = 8;

    protected internal override void Apply(CleaningContext context)
    {
        for (int credit = 0; credit < context.LineCount; credit++)
        {
            if (!IsCreditLine(context, credit))
            {
                continue;
            }

            int caption = credit - 1;
            if (caption >= 0 && !context.HasBlankBefore(credit) && !context.IsRemoved(caption)
                && StartsBlock(context, caption) && IsCaption(context.GetFeatures(caption)))
            {
                context.Remove(caption, CaptionReason);
            }

            int name = credit + 1;
            if (name < context.LineCount && !context.HasBlankBefore(name) && !context.IsRemoved(name)
                && context.MatchesExactPhrase(credit, PhraseCategory.CaptionCredit) && IsCreditedName(context, name))
            {
                context.Remove(name, NameReason);
            }
        }
    }

    // Only a line that is a credit and nothing else: a caption that ends in its own credit is removed whole already.
    private static bool IsCreditLine(CleaningContext context, int line) =>
        context.IsRemoved(line) && ReferenceEquals(context.ReasonOf(line), PhotoCreditRule.CreditLine);

    private static bool StartsBlock(CleaningContext context, int line) =>
        line == 0 || context.HasBlankBefore(line) || context.IsRemoved(line - 1);

    // A caption describes the photo in a sentence or two; title case ("Home Depot Stock Is Falling …") is a headline's.
    private static bool IsCaption(Text.LineFeatures f) =>
        f.EndsSentence && f.Words is >= MinCaptionWords and <= PhotoCreditRule.MaxCaptionWords && !LineShape.IsTitleCased(f);

    // "Doug Mills/The New York Times", "Jane Doe | Reuters": a short name with the outlet after a slash or a bar.
    private static bool IsCreditedName(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return f.Words <= MaxNameWords && !f.EndsSentence && context.GetText(line).ContainsAny('/', '|');
    }
}
