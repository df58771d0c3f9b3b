using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes photo-credit lines ("Photo: Reuters", "Getty Images") and image captions that end in a credit
/// ("Troops at the border. (EPA)", "… (Foto: ANTARA/Galih)"). Lines longer than a caption are left to
/// <see cref="TrailingCreditRule"/>, which only trims the credit.
/// </summary>
internal sealed class PhotoCreditRule() : LineRule("captions.credit", "Removes photo-credit lines and image captions that end in a credit.")
{
    /// <inheritdoc />
    internal override bool JudgesLineAlone => true;

    internal const int MaxCaptionWords = 40;
    private const int MaxGalleryCaptionWords = 100;
    internal const string CreditLine = "photo-credit line";
    private const string CaptionWithCredit = "image caption ending in a photo credit";
    private const string CaptionFormula = "image caption (a caption's label or a wire caption's formula)";
    private const string GalleryCaption = "photo-gallery caption ('3 of 12 …')";

    protected override string? Match(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        var credits = context.Phrases[PhraseCategory.CaptionCredit];
        var features = context.GetFeatures(line);
        if (context.MatchesExactPhrase(line, PhraseCategory.CaptionCredit))
        {
            return CreditLine;
        }

        // A slide's position ("1of4", "3 of 12:") marks a gallery caption however long the caption runs.
        if (features.Words <= MaxGalleryCaptionWords && IsGalleryCaption(text))
        {
            return GalleryCaption;
        }

        if (features.Words > MaxCaptionWords)
        {
            return null;
        }

        int label = context.MatchPhrasePrefix(line, PhraseCategory.CaptionCredit);
        if ((IsLabelledCredit(text, label, credits) && !IsTitleAfterLabel(text, label)) || IsAgencyByline(text, features, credits) || IsLabelledName(text, label, features))
        {
            return CreditLine;
        }

        // "Image caption, …", "Pie de foto, …" and "In this photo provided by …" open a caption. A wire caption's formula
        // within the line dates the photo ("In this Dec. 12, 2006, file photo, made available by NASA, …"), so only
        // lines with digits are searched for one: a substring search per line is one of the costlier checks.
        if (context.MatchPhrasePrefix(line, PhraseCategory.CaptionLabel) > 0 || (features.Digits > 0 && context.ContainsPhrase(line, PhraseCategory.CaptionCredit)))
        {
            return CaptionFormula;
        }

        int open = LineShape.TrailingParenthesis(text);
        if (open > 0 && IsCredit(text[(open + 1)..^1], credits) && !IsParagraphWithAgencyCredit(text, open, credits))
        {
            return CaptionWithCredit;
        }

        // "Crowds gather in the square. Photo: Reuters", "… earnings. Photograph by Robyn Beck/AFP/Getty Images",
        // "Una quitanieves despeja el puerto. EFE/Javier Cebollada"
        int sentenceEnd = text.LastIndexOf(". ", StringComparison.Ordinal);
        if ((sentenceEnd > 0 && text.Length - sentenceEnd <= MaxCreditLength && IsCreditAfterSentence(text[(sentenceEnd + 2)..], credits))
            || HasGluedCredit(text, credits))
        {
            return CaptionWithCredit;
        }

        // "Moradores atravessam rua alagada — Foto: Jefferson Botega/Agência RBS": a dash sets off the credit, a few
        // names that do not end a sentence ("– photos: dozens, all taken before midnight, she said." is prose). Caption
        // templates set it off with a bar or a bullet as often: "… en Madrid | Foto: EFE", "… à Lyon • Crédits : Getty";
        // Malaysian papers with a spaced hyphen: "… di Pasar Borong Selayang. - Foto NSTP/Aizuddin Saad".
        int dash = text.LastIndexOfAny(CreditSeparators);
        bool spaced = dash > 0 && text[dash - 1] == ' ' && (text[dash] != '-' || (dash + 1 < text.Length && text[dash + 1] == ' '));
        var credit = spaced ? text[(dash + 1)..].Trim() : [];
        return credit.Length is > 0 and <= 60 && IsLabelledCredit(credit, credits.MatchPrefix(credit), credits) && IsShortCredit(credit)
            ? CaptionWithCredit
            : null;
    }

    private const int MaxDashedCreditWords = 6;

    // Dashes, a bar and bullets: what caption templates put between a caption and its credit (a hyphen only spaced).
    private static readonly System.Buffers.SearchValues<char> CreditSeparators = System.Buffers.SearchValues.Create("—–-|•·");

    private const int MaxLabelledNameWords = 8;

    private const int MinTitleWords = 6;
    private const int MinCaselessTitleLength = 25;

    /// <summary>
    /// "Video: Firefighters rescue a dog from a frozen lake", "動画：ナイジェリアで少女らによる自爆攻撃、…31人死亡": the
    /// label and colon open a video's or a gallery's headline as often as a credit. A credit names a source, a few
    /// capitalised words ("Photo: Jeenah Moon/Bloomberg via Getty Images"); a headline after the label is a clause of
    /// mostly lowercase words, or in a script without capitals longer than a name and an agency ("写真：ロイター/アフロ").
    /// A caption after the label describes at length, its clauses set off by commas ("Image: Jose Mourinho, left, has
    /// replaced …"), so a headline has at most one comma and does not end a sentence.
    /// </summary>
    private static bool IsTitleAfterLabel(ReadOnlySpan<char> text, int label)
    {
        var rest = text[label..].TrimStart().TrimStart(":/：=＝").Trim();
        var f = Text.FeatureScanner.Scan(rest);
        int comma = rest.IndexOfAny(Commas);
        if (!LineShape.IsHeadlineLike(f, rest) || (comma >= 0 && rest[(comma + 1)..].IndexOfAny(Commas) >= 0))
        {
            return false;
        }

        return HasLowercase(rest) ? f.Words >= MinTitleWords && f.Uppercase * 2 < f.Words : rest.Length >= MinCaselessTitleLength;
    }

    private static readonly System.Buffers.SearchValues<char> Commas = System.Buffers.SearchValues.Create(",、，،");

    private static bool HasLowercase(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Photo by David Dyer-Bennet", "Courtesy of Andrew Vaughan": a short line of a credit label and a photographer's
    /// name, with or without a short word between ("Photo by photo, the archive grew" names nobody).
    /// </summary>
    private static bool IsLabelledName(ReadOnlySpan<char> text, int label, Text.LineFeatures features) =>
        label > 0 && features.Words <= MaxLabelledNameWords && !features.EndsSentence
        && (NamesPhotographer(text[label..]) || LineShape.IsPersonalName(text[label..].Trim()));

    private const int MaxCreditLength = 60;

    // What follows a credit label (see IsCreditLabel): "Photo: …", "Foto/…", "사진=…", "写真＝…".
    private static readonly System.Buffers.SearchValues<char> LabelSeparators = System.Buffers.SearchValues.Create(":/：=＝");

    /// <summary>
    /// "… sought treatmentCredit: EPA", "… happy to help.Photograph: Jeenah Moon/Bloomberg": the scraper glued the
    /// credit to the caption, a capital straight after a lowercase letter or a full stop. Only the line's last 60
    /// characters are searched, so the walk is short.
    /// </summary>
    private static bool HasGluedCredit(ReadOnlySpan<char> text, PhraseMatcher credits)
    {
        // The label's colon, slash or equals sign must follow it within the tail; most lines have none there.
        int from = Math.Max(1, text.Length - MaxCreditLength);
        if (text[from..].IndexOfAny(LabelSeparators) < 0)
        {
            return false;
        }

        for (int i = from; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || text[i - 1] == '.') && IsCreditLabel(text[i..], credits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Photo: Reuters", "Image copyright Getty Images", "Photograph by Robyn Beck/AFP": a whole credit, label first; or
    /// "EFE/Javier Cebollada": agency and photographer.
    /// </summary>
    private static bool IsCreditAfterSentence(ReadOnlySpan<char> tail, PhraseMatcher credits)
    {
        int label = credits.MatchPrefix(tail);
        return IsLabelledCredit(tail, label, credits) || (label > 0 && NamesPhotographer(tail[label..])) || IsAgencyAndPhotographer(tail, credits);
    }

    /// <summary>
    /// "EFE/Javier Cebollada", "AFP | Jane Doe": after a caption's last full stop, a few names that do not end a
    /// sentence, joined by a slash or a bar, one of them an agency. A sentence never ends that way.
    /// </summary>
    private static bool IsAgencyAndPhotographer(ReadOnlySpan<char> tail, PhraseMatcher credits) =>
        tail.ContainsAny('/', '|') && IsShortCredit(tail) && IsCredit(tail, credits);

    private static bool IsShortCredit(ReadOnlySpan<char> credit)
    {
        var f = Text.FeatureScanner.Scan(credit);
        return f.Words <= MaxDashedCreditWords && !f.EndsSentence;
    }

    /// <summary>
    /// "… akan terus memantau situasi di lapangan bersama tim gabungan. (Antara)": a paragraph of prose that ends in a
    /// bare agency name is a wire story's closing paragraph, not a caption; credits.trailing trims just the credit.
    /// A labelled credit ("(Foto: ANTARA/…)", "(AP Photo/Jane Doe)", "(Photo by Jane Doe)") only ever ends a caption, so
    /// it is not excused.
    /// </summary>
    private static bool IsParagraphWithAgencyCredit(ReadOnlySpan<char> text, int open, PhraseMatcher credits)
    {
        var before = Text.FeatureScanner.Scan(text[..open].TrimEnd());
        var inner = text[(open + 1)..^1].Trim();
        int label = credits.MatchPrefix(inner);
        bool labelled = IsCreditLabel(inner, label) || NamesAPhoto(inner, credits) || (label > 0 && NamesPhotographer(inner[label..]));
        return before.Words >= 12 && before.EndsSentence && !labelled;
    }

    /// <summary>"AP Photo/Jane Doe, File", "Reuters Photo": a segment of the credit ends in a credit label such as "Photo".</summary>
    private static bool NamesAPhoto(ReadOnlySpan<char> inner, PhraseMatcher credits)
    {
        foreach (var range in inner.SplitAny("/;,|"))
        {
            var segment = inner[range].Trim();
            int space = segment.LastIndexOf(' ');
            if (space > 0 && credits.MatchesExact(segment[(space + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Is the text inside a trailing parenthesis a credit: "EPA", "Foto: ANTARA/Galih", "AFP/Getty Images", "Alex Wong | Getty Images"?</summary>
    internal static bool IsCredit(ReadOnlySpan<char> inner, PhraseMatcher credits)
    {
        inner = inner.Trim();

        // Credits are proper names: "(ePA)" in a German sentence is an abbreviation, not the agency EPA. Scripts
        // without capitals ("（图/视觉中国）", "(رويترز)") cannot show it.
        if (inner.IsEmpty || inner.Length > 60 || char.IsLower(inner[0]))
        {
            return false;
        }

        // "(फोटो- पीटीआई)": inside the parenthesis a dash after the label is as good as a colon.
        int label = credits.MatchPrefix(inner);
        if (credits.MatchesExact(inner) || IsCreditLabel(inner, label) || (label > 0 && inner[label..].TrimStart().StartsWith('-'))
            || (label > 0 && NamesPhotographer(inner[label..])))
        {
            return true;
        }

        // Agency/photographer: any segment is a known agency.
        foreach (var range in inner.SplitAny("/;,|"))
        {
            if (credits.MatchesExact(inner[range].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "(Photo by Kevin Mazur/Getty Images)", "(Foto von Max Muster)", "(Foto di Mario Rossi)": after the label, a short
    /// lowercase word ("by", "von", "di", "de", "por") and a capitalised name.
    /// </summary>
    private static bool NamesPhotographer(ReadOnlySpan<char> afterLabel)
    {
        var rest = afterLabel.TrimStart();
        int space = rest.IndexOf(' ');
        return space is > 0 and <= MaxByWordLength && char.IsLower(rest[0]) && space + 1 < rest.Length && char.IsUpper(rest[space + 1]);
    }

    private const int MaxByWordLength = 3;

    /// <summary>
    /// A gallery slide's caption starts with its position: "1of4 A shopper looks at …", "3 of 12: Crowds …", "2/7 The …".
    /// Prose does not start with "3 of 12" directly followed by a capitalised caption.
    /// </summary>
    internal static bool IsGalleryCaption(ReadOnlySpan<char> text)
    {
        int i = SkipDigits(text, 0);
        if (i == 0 || i > 3)
        {
            return false;
        }

        int j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (text[j..].StartsWith("of", StringComparison.OrdinalIgnoreCase))
        {
            j += 2;
        }
        else if (j < text.Length && text[j] == '/')
        {
            j++;
        }
        else
        {
            return false;
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        int end = SkipDigits(text, j);
        if (end == j || end - j > 3)
        {
            return false;
        }

        var rest = text[end..].TrimStart(" :.-–—");
        return rest.IsEmpty || char.IsUpper(rest[0]);
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && char.IsAsciiDigit(text[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// "Sanjeev Verma/Hindustan Times/Getty Images", "AFP/Getty", "Al Goldis, Associated Press": a short non-sentence
    /// line that names an agency after a slash or a bar, or a name and an agency after a comma.
    /// </summary>
    private static bool IsAgencyByline(ReadOnlySpan<char> text, Text.LineFeatures features, PhraseMatcher credits) =>
        features.Words <= 10 && !features.EndsSentence
        && (text.ContainsAny('/', '|') ? IsCredit(text, credits) : IsNameCommaAgency(text, credits));

    /// <summary>
    /// "Al Goldis, Associated Press", "Michael Conroy, AP": a photographer's name, a comma and an agency, nothing else.
    /// A place ("PPL Center, Allentown, PA") is no personal name, so a state that shares an agency's initials stays.
    /// </summary>
    private static bool IsNameCommaAgency(ReadOnlySpan<char> text, PhraseMatcher credits)
    {
        int comma = text.IndexOf(',');
        return comma > 0 && text[(comma + 1)..].IndexOf(',') < 0
            && LineShape.IsPersonalName(text[..comma].Trim()) && credits.MatchesExact(text[(comma + 1)..].Trim());
    }

    /// <summary>"Photo: …", "Foto: …", "Credit: …": a credit label followed by a colon, or alone.</summary>
    private static bool IsCreditLabel(ReadOnlySpan<char> text, PhraseMatcher credits) => IsCreditLabel(text, credits.MatchPrefix(text));

    /// <summary>
    /// A whole line that is a credit label followed by a colon, or alone, or followed directly by a bare credit
    /// ("Image copyright Getty Images", "Photo Reuters"), given the length of the label it starts with, or 0.
    /// </summary>
    private static bool IsLabelledCredit(ReadOnlySpan<char> text, int labelLength, PhraseMatcher credits) =>
        IsCreditLabel(text, labelLength) || (labelLength > 0 && IsCredit(text[labelLength..].Trim(), credits));

    /// <summary><see cref="IsCreditLabel(ReadOnlySpan{char}, PhraseMatcher)"/> given the length of the credit prefix phrase the text starts with, or 0.</summary>
    private static bool IsCreditLabel(ReadOnlySpan<char> text, int length)
    {
        if (length == 0)
        {
            return false;
        }

        // "사진=연합뉴스" and "写真＝共同" write the label's colon as an equals sign.
        var rest = text[length..].TrimStart();
        return rest.IsEmpty || rest[0] is ':' or '/' or '：' or '=' or '＝';
    }
}
