using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes the packs' advertising markers and a shopping guide's buy buttons by their shape in any language: a price,
/// a short word and a shop's name, with or without a label before them ("$59.99 at Amazon", "Buy now: $24.99 at
/// Target", "€79 bei MediaMarkt"). A product's paragraph that names a price and a shop is a sentence, and stays. A
/// sponsor's label goes with the sponsor's name after it ("Sponsored by Thames Water"), a sentence that opens with
/// the same words does not.
/// </summary>
internal sealed class AdLineRule() : PhraseCategoryRule(
    "ads.line", "Removes advertising and promotion markers and shopping buttons.", PhraseCategory.Ad, "advertising or promotion line", maxWords: 40)
{
    private const string BuyButtonReason = "shopping button (a price at a shop)";

    // "Buy now: $24.99 (was $39.99) at Best Buy" is eight words; a sentence about prices is longer or ends in a stop.
    private const int MaxButtonWords = 8;
    private const int MaxLabelWords = 3;
    private const int MaxShopWords = 3;

    protected override string? Match(CleaningContext context, int line)
    {
        if (base.Match(context, line) is { } reason)
        {
            return reason;
        }

        var features = context.GetFeatures(line);
        if (features.Words <= MaxSponsorLineWords && !features.EndsSentence && IsLabelledSponsor(context.Phrases[PhraseCategory.Ad], context.GetText(line)))
        {
            return SponsorReason;
        }

        return features.Words <= MaxButtonWords && !features.EndsSentence && features.Digits > 0 && Prices.HasCurrencySign(context.GetText(line))
            && IsBuyButton(context.GetText(line))
            ? BuyButtonReason
            : null;
    }

    private const string SponsorReason = "sponsor label and the sponsor's name";
    private const int MaxSponsorLineWords = 8;
    private const int MaxSponsorWords = 4;

    /// <summary>
    /// "Sponsored by Thames Water", "In Kooperation mit Siemens": a label the packs list as an exact line, of two words
    /// or more with a lower-case word after its first, then one to four capitalised words (the sponsor's name) and
    /// nothing else. The labels are not prefixes: news opens sentences with them ("Sponsored by the energy ministry, the
    /// study found …"), and a title-case headline may too ("In Partnership With Locals, Council Opens Shelters"), so a
    /// label written in title case or a line with a comma is not taken.
    /// </summary>
    internal static bool IsLabelledSponsor(PhraseMatcher labels, ReadOnlySpan<char> text)
    {
        if (text.Contains(','))
        {
            return false;
        }

        int labelWords = 0;
        bool lowerWord = false;
        for (int i = 1; i < text.Length && labelWords < MaxSponsorLineWords; i++)
        {
            if (text[i - 1] == ' ' && char.IsLower(text[i]))
            {
                lowerWord = true;
            }

            if (text[i] == ' ' && ++labelWords >= 2 && lowerWord && labels.MatchesExact(text[..i]))
            {
                return IsSponsorName(text[(i + 1)..]);
            }
        }

        return false;
    }

    private static bool IsSponsorName(ReadOnlySpan<char> text)
    {
        int words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || ++words > MaxSponsorWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>
    /// An optional label of at most three words ending in ':', then a price (a currency sign and digits), then a word
    /// that says where ("at", "bei", "chez", "su"), then one to three capitalised words: the shop.
    /// </summary>
    internal static bool IsBuyButton(ReadOnlySpan<char> text)
    {
        Span<Range> ranges = stackalloc Range[MaxSplitWords];
        int count = text.Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count == MaxSplitWords)
        {
            return false; // longer than any button (the last range holds the rest of the line)
        }

        var parts = ranges[..count];
        int i = 0;
        for (int w = 0; w < count; w++)
        {
            if (text[parts[w]].EndsWith(':'))
            {
                if (w >= MaxLabelWords)
                {
                    return false;
                }

                i = w + 1;
                break;
            }
        }

        // The price, possibly followed by a bracketed old price: "$24.99 (was $39.99)". French and German set the
        // sign apart: "129,99 €".
        if (i >= count)
        {
            return false;
        }

        if (i + 1 < count && Prices.IsSpacedPrice(text[parts[i]], text[parts[i + 1]]))
        {
            i++;
        }
        else if (!Prices.IsPrice(text[parts[i]]))
        {
            return false;
        }

        i++;
        if (i < count && text[parts[i]].StartsWith('('))
        {
            while (i < count && !text[parts[i]].EndsWith(')'))
            {
                i++;
            }

            i++;
        }

        if (i >= count || !IsShopConnector(text[parts[i]]))
        {
            return false;
        }

        int shopWords = count - i - 1;
        if (shopWords is < 1 or > MaxShopWords)
        {
            return false;
        }

        for (int w = i + 1; w < count; w++)
        {
            char first = text[parts[w]][0];
            if (!char.IsUpper(first) && !char.IsDigit(first))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxSplitWords = 16;

    // Where a price is offered, in the packs' languages: en "at"/"from", de "bei", fr "chez", it "su"/"da", es "en",
    // pt "na"/"no"/"em", nl "bij", pl "w", id/ms "di", ru/uk "в"/"на"/"у". "$25 for Adults" and "€10 per Person" are prices,
    // not shops, and stay.
    private static bool IsShopConnector(ReadOnlySpan<char> word) =>
        word is "at" or "from" or "bei" or "chez" or "su" or "da" or "en" or "na" or "no" or "em" or "bij" or "w" or "di" or "в" or "на" or "у";
}
