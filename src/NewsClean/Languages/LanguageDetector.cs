using NewsClean.Text;

namespace NewsClean.Languages;

/// <summary>
/// A cheap language guess from script and stopwords, for choosing language packs. The script of the letters decides
/// (Hangul, kana, Han, Thai) or narrows the choice to the packs written in it; among those, the pack whose stopwords
/// the text's words hit most wins. Linear in the text, reads at most <see cref="MaxSample"/> characters and allocates
/// nothing per call. Build one per set of packs and reuse it: instances are immutable and thread-safe.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Only the first this many characters are read: an article's language shows long before that.</summary>
    public const int MaxSample = 20_000;

    // A script that decides the language needs this many letters: a stray "東京" in English text does not.
    private const int MinScriptLetters = 10;

    // Stopword evidence: a few hits in absolute terms and as a share of the words (prose in most languages is 20-50%
    // stopwords, agglutinative Turkish nearer 10%, gibberish none), and a lead over the runner-up. Closely related
    // languages sharing most stopwords (Indonesian and Malay) often tie: then the answer is null, not a coin toss.
    private const int MinHits = 3;
    private const double MinHitShare = 0.05;
    private const double MinLead = 1.05;

    private static readonly Lazy<LanguageDetector> BundledDetector =
        new(() => new LanguageDetector(LanguagePack.Available.Select(LanguagePack.Load)));

    private readonly string[] languages;
    private readonly WritingScript[] scripts;

    /// <summary>Builds a detector over the packs that have stopwords; packs without any are ignored.</summary>
    /// <param name="packs">The candidate languages, at most 64 with stopwords. A language listed twice counts once.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="packs"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when more than 64 languages have stopwords.</exception>
    public LanguageDetector(IEnumerable<LanguagePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var usable = packs.Where(p => p.Stopwords.Count > 0).DistinctBy(p => p.Language, StringComparer.Ordinal).ToArray();
        if (usable.Length > 64)
        {
            throw new ArgumentException("A language detector takes at most 64 languages with stopwords.", nameof(packs));
        }

        languages = Array.ConvertAll(usable, p => p.Language);
        scripts = Array.ConvertAll(usable, p => WritingScripts.Dominant(p.Stopwords));

        Stopwords = new StopwordCounter(usable);
    }

    /// <summary>A detector over every bundled language pack, built on first use.</summary>
    public static LanguageDetector Bundled => BundledDetector.Value;

    // Detectors over sets of bundled packs, by their languages in order: building one takes milliseconds, and callers
    // build pipelines for the same few sets again and again. Sets with a caller's own pack are never cached.
    private const int MaxCachedSets = 64;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageDetector> BundledSets = new(StringComparer.Ordinal);

    /// <summary>A detector over <paramref name="packs"/>: a shared one when they are all bundled packs, else a new one.</summary>
    internal static LanguageDetector For(IReadOnlyList<LanguagePack> packs)
    {
        if (!packs.All(LanguagePack.IsBundled))
        {
            return new LanguageDetector(packs);
        }

        string key = string.Join(',', packs.Select(p => p.Language));
        if (BundledSets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var detector = new LanguageDetector(packs);
        return BundledSets.Count < MaxCachedSets ? BundledSets.GetOrAdd(key, detector) : detector;
    }

    /// <summary>The languages this detector can return, in the order their packs were given.</summary>
    public IReadOnlyList<string> Languages => languages;

    /// <summary>The words and stopword hits of a text, the evidence this detector weighs.</summary>
    internal StopwordCounter Stopwords { get; }

    /// <summary>Guesses the language of <paramref name="text"/> among <paramref name="packs"/>.</summary>
    /// <remarks>Builds a detector on each call; keep a <see cref="LanguageDetector"/> instead when detecting more than once.</remarks>
    /// <returns>The language tag of the best pack, or null when unsure.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="packs"/> is null.</exception>
    public static string? Detect(ReadOnlySpan<char> text, IReadOnlyList<LanguagePack> packs) => new LanguageDetector(packs).Detect(text);

    /// <summary>Guesses the language of <paramref name="text"/>. Never throws.</summary>
    /// <returns>The language tag of the best pack, or null when the text is too short, mixed or matches no pack clearly.</returns>
    public string? Detect(ReadOnlySpan<char> text)
    {
        if (languages.Length == 0)
        {
            return null;
        }

        Span<int> evidence = stackalloc int[EvidenceLength];
        evidence.Clear();
        Measure(text.Length > MaxSample ? text[..MaxSample] : text, evidence);
        return Decide(evidence);
    }

    /// <summary>
    /// The length of an evidence vector: letters per <see cref="WritingScript"/>, then the number of words, then the
    /// stopword hits of each language. Evidence adds up: the vector of a text is the sum of its pieces' vectors when
    /// the pieces are cut at whitespace, which lets the pipeline reuse each line's evidence across passes.
    /// </summary>
    internal int EvidenceLength => WritingScripts.Count + 1 + languages.Length;

    /// <summary>Adds the evidence of <paramref name="text"/> to <paramref name="evidence"/>. Its ends must be whitespace or a sample edge.</summary>
    internal void Measure(ReadOnlySpan<char> text, Span<int> evidence)
    {
        WritingScripts.CountLetters(text, evidence[..WritingScripts.Count]);
        if (languages.Length > 0)
        {
            evidence[WritingScripts.Count] += Stopwords.CountStopwords(text, evidence[(WritingScripts.Count + 1)..]);
        }
    }

    /// <summary>
    /// <see cref="Measure"/> for a document line, told what its feature scan found: the number of its
    /// <paramref name="letters"/> and its <paramref name="traits"/>. The letters of an ASCII line are its Latin letters,
    /// and a line without '@', ':' or "ww" holds no address: those walks over the line are spared.
    /// </summary>
    internal void MeasureLine(ReadOnlySpan<char> line, Span<int> evidence, int letters, LineTraits traits)
    {
        var scriptCounts = evidence[..WritingScripts.Count];
        if ((traits & LineTraits.NonAscii) != 0)
        {
            WritingScripts.CountLetters(line, scriptCounts);
        }
        else
        {
            scriptCounts[(int)WritingScript.Latin] += letters;
            scriptCounts[(int)WritingScript.Other] = 0;
        }

        if (languages.Length > 0)
        {
            var hits = evidence[(WritingScripts.Count + 1)..];
            evidence[WritingScripts.Count] += (traits & (LineTraits.AddressMark | LineTraits.DoubleW)) != 0 ? Stopwords.CountStopwords(line, hits) : Stopwords.CountAsciiHits(line, hits);
        }
    }

    /// <summary>The language that <paramref name="evidence"/> (see <see cref="EvidenceLength"/>) points to, or null when unsure.</summary>
    internal string? Decide(ReadOnlySpan<int> evidence)
    {
        if (languages.Length == 0)
        {
            return null;
        }

        var script = DominantScript(evidence[..WritingScripts.Count], out int letters);
        if (script == WritingScript.Other)
        {
            return null;
        }

        ulong candidates = 0;
        for (int i = 0; i < scripts.Length; i++)
        {
            if (scripts[i] == script)
            {
                candidates |= 1UL << i;
            }
        }

        if (candidates == 0)
        {
            return null;
        }

        if (WritingScripts.DecidesLanguage(script) && ulong.PopCount(candidates) == 1)
        {
            return letters >= MinScriptLetters ? languages[ulong.TrailingZeroCount(candidates)] : null;
        }

        return ByStopwords(evidence[WritingScripts.Count], evidence[(WritingScripts.Count + 1)..], candidates);
    }

    /// <summary>The script of most letters. Kana among Han mark Japanese, whose kanji outnumber its kana in news text.</summary>
    private static WritingScript DominantScript(ReadOnlySpan<int> letterCounts, out int letters)
    {
        Span<int> counts = stackalloc int[WritingScripts.Count];
        letterCounts.CopyTo(counts);
        counts[(int)WritingScript.Other] = 0;
        int kana = counts[(int)WritingScript.Kana];
        int han = counts[(int)WritingScript.Han];
        if (kana > 0 && kana * 10 >= kana + han)
        {
            counts[(int)WritingScript.Kana] = kana + han;
            counts[(int)WritingScript.Han] = 0;
        }

        return WritingScripts.Argmax(counts, out letters);
    }

    /// <summary>The candidate whose stopwords the words hit most, when it leads clearly.</summary>
    private string? ByStopwords(int words, ReadOnlySpan<int> hitsByLanguage, ulong candidates)
    {
        // Only the candidates' hits count: the others are taken as none.
        Span<int> hits = stackalloc int[languages.Length];
        for (int k = 0; k < hits.Length; k++)
        {
            hits[k] = ((candidates >> k) & 1) != 0 ? hitsByLanguage[k] : 0;
        }

        int best = -1, second = 0;
        for (int k = 0; k < hits.Length; k++)
        {
            if (best < 0 || hits[k] > hits[best])
            {
                second = best < 0 ? 0 : hits[best];
                best = k;
            }
            else if (hits[k] > second)
            {
                second = hits[k];
            }
        }

        int top = hits[best];
        bool confident = top >= MinHits && top >= MinHitShare * words && top >= MinLead * second;
        return confident ? languages[best] : null;
    }

}
