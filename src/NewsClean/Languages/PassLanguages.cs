using System.Numerics;
using System.Runtime.InteropServices;
using NewsClean.Text;

namespace NewsClean.Languages;

/// <summary>
/// The language of each pass's input, as <see cref="LanguageDetector.Detect(ReadOnlySpan{char})"/> gives it, measured
/// once per line instead of once per pass. Detection evidence adds up over pieces of text cut at whitespace, and both
/// the caller's input and a pass's output are such pieces: lines that normalising left unchanged and the text between
/// them, or kept lines between "\n\n" separators. So each line's evidence is measured once and summed; only text that
/// normalising or a trim changed, and the line cut by the sample limit, are measured where they are.
/// </summary>
internal sealed class PassLanguages
{
    // Above this many lines the evidence rows are not kept for the thread's next document.
    private const int MaxPooledLines = 1 << 14;

    [ThreadStatic]
    private static PassLanguages? cached;

    private LanguageDetector detector = null!;
    private TextDocument document = null!;
    private int length; // of an evidence vector
    private int stride; // of a row: the length rounded up to whole vectors, the padding left zero
    private int[] rows = [];
    private bool[] measured = [];

    private PassLanguages()
    {
    }

    /// <summary>Evidence for <paramref name="document"/>'s lines, measured as asked for. Give it back with <see cref="Return"/>.</summary>
    public static PassLanguages Rent(LanguageDetector detector, TextDocument document)
    {
        // Taking it out of the slot keeps a nested Clean (a user rule calling Clean) from sharing it.
        var languages = cached ?? new PassLanguages();
        cached = null;
        languages.detector = detector;
        languages.document = document;
        languages.length = detector.EvidenceLength;
        languages.stride = (languages.length + Vector<int>.Count - 1) / Vector<int>.Count * Vector<int>.Count;
        int count = document.Count;
        if (languages.measured.Length < count)
        {
            languages.measured = new bool[Math.Max(count, 2 * languages.measured.Length)];
        }

        if (languages.rows.Length < count * languages.stride)
        {
            languages.rows = new int[languages.measured.Length * languages.stride];
        }

        Array.Clear(languages.measured, 0, count);
        return languages;
    }

    /// <summary>Gives the evidence back to the thread for the next document.</summary>
    public void Return()
    {
        document = null!;
        detector = null!;
        if (measured.Length <= MaxPooledLines)
        {
            cached = this;
        }
    }

    /// <summary>The language of the text the document was read from: <c>Detect(document.Source)</c>.</summary>
    public string? OfSource()
    {
        ReadOnlySpan<char> source = document.Source;
        int sampleEnd = Math.Min(source.Length, LanguageDetector.MaxSample);
        Span<int> total = stackalloc int[stride];
        total.Clear();
        int covered = 0;
        for (int i = 0; i < document.Count; i++)
        {
            int start = document[i].VerbatimStart;
            if (start < 0)
            {
                continue;
            }

            int end = start + document[i].Length;
            if (end > sampleEnd)
            {
                break;
            }

            // The text since the last unchanged line: line breaks, blank lines and lines that normalising changed.
            // Whitespace alone (most often one line break) holds no letters and no words: nothing to measure.
            var between = source[covered..start];
            if (!between.IsWhiteSpace())
            {
                detector.Measure(between, total[..length]);
            }

            Add(total, i);
            covered = end;
        }

        detector.Measure(source[covered..sampleEnd], total[..length]);
        return detector.Decide(total[..length]);
    }

    /// <summary>The language of the pass's output: <c>Detect(OutputWriter.Write(context, out _))</c>.</summary>
    public string? OfOutput(CleaningContext context)
    {
        Span<int> total = stackalloc int[stride];
        total.Clear();
        int at = 0;
        bool first = true;
        for (int i = 0; i < context.LineCount && at < LanguageDetector.MaxSample; i++)
        {
            var text = OutputWriter.KeptText(context, i);
            if (text.IsEmpty)
            {
                continue;
            }

            at += first ? 0 : 2; // the "\n\n" between paragraphs: whitespace, no evidence
            first = false;
            int room = LanguageDetector.MaxSample - at;
            if (room <= 0)
            {
                break;
            }

            if (text.Length == document[i].Length && text.Length <= room)
            {
                Add(total, i);
            }
            else
            {
                detector.Measure(text[..Math.Min(text.Length, room)], total[..length]);
            }

            at += text.Length;
        }

        return detector.Decide(total[..length]);
    }

    private void Add(Span<int> total, int line)
    {
        var row = rows.AsSpan(line * stride, stride);
        if (!measured[line])
        {
            row.Clear();
            ref readonly var scanned = ref document[line];
            detector.MeasureLine(document.Text(line), row[..length], scanned.Features.Letters, scanned.Traits);
            measured[line] = true;
        }

        Sum(total, row);
    }

    /// <summary>
    /// Adds <paramref name="row"/> to <paramref name="total"/> (both <see cref="stride"/> long), a vector at a time: a
    /// row is a few dozen counts, added once per line and pass, and padded to whole vectors so that none is left over.
    /// </summary>
    private static void Sum(Span<int> total, ReadOnlySpan<int> row)
    {
        ref int to = ref MemoryMarshal.GetReference(total);
        ref int from = ref MemoryMarshal.GetReference(row);
        for (int k = 0; k < row.Length; k += Vector<int>.Count)
        {
            (Vector.LoadUnsafe(ref to, (nuint)k) + Vector.LoadUnsafe(ref from, (nuint)k)).StoreUnsafe(ref to, (nuint)k);
        }
    }
}
