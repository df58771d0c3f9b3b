using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes an author box under the article: a heading that names the author ("About Brigit Katz", "Sobre Carlos
/// Nadalim", "Über Moritz Bachmann", or "About the author" over a name line), optional short name or handle lines, and
/// the one-paragraph biography that names the author again ("Brigit Katz is a freelance writer based in Toronto.").
/// The name's return is what tells a biography from a section about a company or a place ("About my6sense" /
/// "my6sense offers …" has no personal name; "About Theater" is a menu line).
/// Without a label, a name line and a biography that starts with the name ("Emiliano Bellini" / "Emiliano joined pv
/// magazine in 2017. …") form an author box only as the last text of the page, and only once on it: several such
/// pairs are a list of people the article profiles.
/// Without a name line, a sentence that opens with the name of the byline's author and has no prose after it is a
/// biography ("By Julius Young | Fox News" … "Julius is an LA Entertainment Reporter for Fox News.").
/// </summary>
internal sealed class AuthorBoxRule() : CleaningRule("credits.author-box", "Removes an author box: 'About <name>' and the biography that names the author.")
{
    private const string Reason = "author box (heading and biography)";

    // An article stands before its author box; a heading like this at the top of a page is something else.
    private const int MinProseLinesBefore = CommentSectionRule.MinProseLinesBefore;
    private const int MinNameWords = LineShape.MinNameWords;
    private const int MaxNameWords = LineShape.MaxNameWords;

    // "Zac Hall", "@apollozac", "Staff Writer" between the heading and the biography.
    private const int MaxLinesBeforeBio = 2;
    private const int MaxShortLineWords = 4;
    private const int MinBioWords = 8;
    private const int MaxBioWords = 120;

    protected internal override void Apply(CleaningContext context)
    {
        // Packs without author-box labels still get the unlabelled box, which reads names, not phrases.
        bool labels = !context.Phrases[PhraseCategory.AuthorBox].IsEmpty;
        int proseLines = 0, unlabelled = -1, unlabelledEnd = -1, unlabelledCount = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            if (context.IsProse(i))
            {
                proseLines++;
                continue;
            }

            if (labels && proseLines >= MinProseLinesBefore && BoxEnd(context, i) is var end and >= 0)
            {
                context.RemoveKept(i, end + 1, Reason);

                i = end;
            }
            else if (UnlabelledBoxEnd(context, i) is var bio and >= 0)
            {
                (unlabelled, unlabelledEnd) = proseLines >= MinProseLinesBefore ? (i, bio) : (-1, -1);
                unlabelledCount++;
            }
        }

        if (unlabelledCount == 1 && unlabelled >= 0 && !ProseFollows(context, unlabelledEnd))
        {
            context.RemoveKept(unlabelled, unlabelledEnd + 1, UnlabelledReason);
        }

        RemoveBylineAuthorsBiography(context);
    }

    private const string BylineReason = "biography of the byline's author at the end of the page";

    /// <summary>
    /// A prose paragraph that opens with the byline author's full or first name and a lowercase word ("Phil Helsel is a
    /// reporter …", "Julius is an LA Entertainment Reporter …") and ends the text, no paragraph after it, is a biography.
    /// The byline is a staff-credit label and a personal name ("By Julius Young | Fox News"), so a name in a menu or a
    /// headline never counts; without one, a bare name over a dateline (see <see cref="BareBylineName"/>), whose full
    /// name must open the biography, as "Anna Nowak, doktor nauk …" does. The paragraph must follow the
    /// article's first paragraphs (a lede about someone who shares the author's first name comes before them).
    /// </summary>
    private static void RemoveBylineAuthorsBiography(CleaningContext context)
    {
        bool bare = false;
        if (LabelledBylineName(context) is not { } byline)
        {
            if (BareBylineName(context) is not { } bareByline)
            {
                return;
            }

            (byline, bare) = (bareByline, true);
        }

        // A labelled byline is a name for certain, so its first name may open the biography; a bare one must be
        // repeated in full ("The Nissan Northern Xperience" reads as a name, and "The" opens many sentences).
        var name = context.GetText(byline.Line).Slice(byline.Start, byline.Length);
        var firstName = bare ? name : name[..name.IndexOf(' ')];
        int proseLines = 0;
        for (int i = context.NextKept(byline.Line); i >= 0; i = context.NextKept(i))
        {
            // A short biography ("Julius is an LA Entertainment Reporter for Fox News.") is a sentence, if not prose.
            var text = context.GetText(i);
            if (proseLines >= MinProseLinesBefore && context.GetFeatures(i).EndsSentence
                && (StartsWithWordAndLowercase(text, name) || StartsWithWordAndLowercase(text, firstName))
                && context.NextKept(i) is var next && (next < 0 || !context.IsProse(next)))
            {
                context.Remove(i, BylineReason);
                return;
            }

            proseLines += context.IsProse(i) ? 1 : 0;
        }
    }

    // The byline may follow a standfirst, which is prose; the article's paragraphs start past it.
    private const int MaxProseLinesBeforeBareByline = 1;

    private const int MaxBareBylineWords = 3;

    /// <summary>
    /// Without a labelled byline: a line of just a personal name of two or three words right above a dateline, before
    /// the article's paragraphs (a standfirst may come first): "Anna Nowak" / "12 marca 2021", as many European
    /// templates print the byline.
    /// </summary>
    private static (int Line, int Start, int Length)? BareBylineName(CleaningContext context)
    {
        int prose = 0;
        for (int i = 0; i + 1 < context.LineCount && prose <= MaxProseLinesBeforeBareByline; i++)
        {
            if (context.IsProse(i))
            {
                prose++;
                continue;
            }

            var f = context.GetFeatures(i);
            if (f.Uppercase >= MinNameWords && f.Words <= MaxBareBylineWords && !f.EndsSentence
                && LineShape.IsPersonalName(context.GetText(i)) && DatelineRule.IsDateline(context, i + 1))
            {
                return (i, 0, context.GetText(i).Length);
            }
        }

        return null;
    }

    /// <summary>The first byline whose label is followed by a personal name, and where the name stands in its line.</summary>
    private static (int Line, int Start, int Length)? LabelledBylineName(CleaningContext context)
    {
        for (int i = 0; i < context.LineCount; i++)
        {
            var f = context.GetFeatures(i);
            if (f.Uppercase < MinNameWords + 1 || f.Words > MaxNameWords + BylineExtraWords || context.MatchPhrasePrefix(i, PhraseCategory.StaffCredit) is not (> 0 and var label))
            {
                continue;
            }

            var text = context.GetText(i);
            var rest = text[label..];
            int end = rest.IndexOfAny(StaffCreditRule.NameSeparators);
            var name = (end >= 0 ? rest[..end] : rest).Trim();
            if (LineShape.IsPersonalName(name))
            {
                return (i, text.Length - rest.Length + rest.IndexOf(name, StringComparison.Ordinal), name.Length);
            }
        }

        return null;
    }

    // "By Julius Young | Fox News", "By Jane Doe, Staff Writer", "By Jane Doe • 3 min read".
    private const int BylineExtraWords = 6;

    /// <summary>
    /// The text opens with <paramref name="word"/> as a whole word, followed by a lowercase word ("Julius is …") or by a
    /// comma and one ("Anna Nowak, doktor nauk …", the European biography's form).
    /// </summary>
    private static bool StartsWithWordAndLowercase(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (!text.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[word.Length..];
        if (rest.StartsWith(", ", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        return rest.Length > 1 && rest[0] == ' ' && char.IsLower(rest[1]);
    }

    private const string UnlabelledReason = "author box (name and biography) at the end of the page";

    /// <summary>The biography's line when <paramref name="nameLine"/> is a name over a biography that starts with it, else -1.</summary>
    private static int UnlabelledBoxEnd(CleaningContext context, int nameLine)
    {
        // A name has at least two capitalised words, so a line with fewer capitals is none (checked before reading it).
        var f = context.GetFeatures(nameLine);
        var name = context.GetText(nameLine);
        if (f.EndsSentence || f.Uppercase < MinNameWords || !LineShape.IsPersonalName(name))
        {
            return -1;
        }

        int bio = FindBiography(context, context.NextKept(nameLine));
        return bio >= 0 && (StartsWithName(context.GetText(bio), name) || IntroducesName(context.GetText(bio), name)) ? bio : -1;
    }

    // "Pulitzer Prize-winning journalist Michael Hiltzik writes …": a title or two before the full name.
    private const int MaxCharsBeforeIntroducedName = 50;

    /// <summary>The biography's first words introduce the author by full name, after a title or description.</summary>
    internal static bool IntroducesName(ReadOnlySpan<char> bio, ReadOnlySpan<char> name)
    {
        int at = bio.IndexOf(name, StringComparison.Ordinal);
        int end = at + name.Length;
        return at is > 0 and <= MaxCharsBeforeIntroducedName && bio[at - 1] == ' ' && (end == bio.Length || !char.IsLetter(bio[end]));
    }

    /// <summary>The first line of biography length from <paramref name="line"/> on, past up to two short lines (a name, a handle, a job title), or -1.</summary>
    private static int FindBiography(CleaningContext context, int line)
    {
        for (int seen = 0; line >= 0 && seen <= MaxLinesBeforeBio; seen++, line = context.NextKept(line))
        {
            var lf = context.GetFeatures(line);
            if (lf.Words is >= MinBioWords and <= MaxBioWords)
            {
                return line;
            }

            if (lf.Words > MaxShortLineWords)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool ProseFollows(CleaningContext context, int line)
    {
        for (int i = context.NextKept(line); i >= 0; i = context.NextKept(i))
        {
            if (context.IsProse(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The biography's line when <paramref name="heading"/> opens an author box, else -1.</summary>
    private static int BoxEnd(CleaningContext context, int heading)
    {
        var text = context.GetText(heading);
        var f = context.GetFeatures(heading);
        if (f.EndsSentence || f.Words > MaxNameWords + 3)
        {
            return -1;
        }

        // "About Brigit Katz": the name follows the label. "About the author": the next line is the name.
        ReadOnlySpan<char> name;
        int line = context.NextKept(heading);
        if (context.MatchesExactPhrase(heading, PhraseCategory.AuthorBox))
        {
            if (line < 0 || !LineShape.IsPersonalName(context.GetText(line)))
            {
                return -1;
            }

            name = context.GetText(line);
        }
        else if (context.MatchPhrasePrefix(heading, PhraseCategory.AuthorBox) is > 0 and var labelLength && LineShape.IsPersonalName(text[labelLength..].Trim()))
        {
            name = text[labelLength..].Trim();
        }
        else
        {
            return -1;
        }

        int bio = FindBiography(context, line);
        return bio >= 0 && NamesAuthor(context.GetText(bio), name) ? bio : -1;
    }

    /// <summary>The biography starts with the author's first name as a word: "Emiliano joined …", "Phil Helsel is a reporter …".</summary>
    internal static bool StartsWithName(ReadOnlySpan<char> bio, ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        var first = space > 0 ? name[..space] : name;
        return bio.StartsWith(first, StringComparison.Ordinal) && (bio.Length == first.Length || !char.IsLetter(bio[first.Length]));
    }

    /// <summary>The biography names the author: the full name, or the first name as a word ("Zac covers Apple news …").</summary>
    internal static bool NamesAuthor(ReadOnlySpan<char> bio, ReadOnlySpan<char> name)
    {
        if (bio.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        int space = name.IndexOf(' ');
        var first = space > 0 ? name[..space] : name;
        int at = bio.IndexOf(first, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(bio[at - 1]))
            && (at + first.Length == bio.Length || !char.IsLetter(bio[at + first.Length]));
    }
}
