using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes a post's tag and filing lines: the packs' labels ("Tags: …", "Filed under: …", "You are here: …"), and a
/// breadcrumb trail by its shape in any language ("BLOG > Nutrition > Meal Plans", "Mensagens » Autoestima » …").
/// </summary>
internal sealed class TagsRule() : PhraseCategoryRule(
    "site.tags", "Removes a post's tag and filing lines ('Tags: …', 'Filed under: …') and breadcrumb trails.", PhraseCategory.Tags, "tag or filing line", maxWords: 30)
{
    private const string BreadcrumbReason = "breadcrumb trail";

    // A trail has at least three steps; each is a section name of a few words.
    private const int MinSteps = 3;
    // '›' and '»' between two section names ("Home & Garden › Kitchen") are a trail too: prose compares with '>', and
    // headlines do not chain two names with a guillemet.
    private const int MinGuillemetSteps = 2;
    private const int MaxStepWords = 4;
    private const int MaxSteps = 8;

    protected override string? Match(CleaningContext context, int line) =>
        base.Match(context, line) ?? (IsBreadcrumb(context.GetText(line)) ? BreadcrumbReason : null);

    /// <summary>
    /// Three to eight steps of one to four words, separated by a spaced '>', '»' or '›' (two steps are enough with '»' or
    /// '›' alone). Prose compares with '>' between numbers or clauses, never as a chain of short names.
    /// </summary>
    internal static bool IsBreadcrumb(ReadOnlySpan<char> text)
    {
        // Almost no line has an arrow: one vectorised search spares them the walk.
        if (text.IndexOfAny(Arrows) < 0)
        {
            return false;
        }

        int steps = 0, words = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '>' or '»' or '›' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                if (!CloseStep(ref steps, words))
                {
                    return false;
                }

                words = 0;
                inWord = false;
                continue;
            }

            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return CloseStep(ref steps, words) && (steps >= MinSteps || (steps == MinGuillemetSteps && !text.Contains('>')));
    }

    private static readonly System.Buffers.SearchValues<char> Arrows = System.Buffers.SearchValues.Create(">»›");

    private static bool CloseStep(ref int steps, int words) => words is > 0 and <= MaxStepWords && ++steps <= MaxSteps;
}
