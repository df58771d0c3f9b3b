namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes later copies of a line seen earlier in the document: captions printed twice (image alt text and
/// figcaption), headlines repeated in teaser lists. Copies match when they agree letter for letter, ignoring case,
/// spacing and punctuation. The first copy always stays, so a repeated paragraph is never lost entirely.
/// </summary>
internal sealed class DuplicateLineRule() : CleaningRule("captions.duplicate", "Removes later copies of a repeated line, such as a caption printed twice.")
{
    // Shorter lines ("Share", "Next") repeat legitimately and are left to the phrase rules.
    private const int MinWords = 4;
    private const string Reason = "repeats an earlier line (duplicated caption or headline)";

    // Documents up to this many lines reuse the thread's fingerprint set; larger ones get a set of their own.
    private const int MaxPooledLines = 1 << 15;

    [ThreadStatic]
    private static FingerprintSet? pooled;

    protected internal override void Apply(CleaningContext context)
    {
        // A set per document was most of Clean's garbage, and a reused HashSet costs its largest capacity to clear.
        var seen = context.LineCount <= MaxPooledLines ? pooled ??= new FingerprintSet() : new FingerprintSet();
        seen.Reset(context.LineCount);
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.GetFeatures(i).Words < MinWords)
            {
                continue;
            }

            if (!seen.Add(Fingerprint(context.GetText(i))) && !context.IsRemoved(i))
            {
                context.Remove(i, Reason);
            }
        }
    }

    /// <summary>An open-addressing set of 64-bit fingerprints, cleared in time proportional to the current document.</summary>
    private sealed class FingerprintSet
    {
        private ulong[] slots = [];
        private int mask;
        private bool hasZero; // 0 marks an empty slot, so the fingerprint 0 is tracked apart

        /// <summary>Empties the set and makes room for <paramref name="capacity"/> values at most half full.</summary>
        public void Reset(int capacity)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, capacity * 2));
            if (size > slots.Length)
            {
                slots = new ulong[size];
            }
            else
            {
                Array.Clear(slots, 0, size); // slots past size are never probed while mask is size - 1
            }

            mask = size - 1;
            hasZero = false;
        }

        /// <summary>Adds <paramref name="value"/>; false when it was already there.</summary>
        public bool Add(ulong value)
        {
            if (value == 0)
            {
                bool added = !hasZero;
                hasZero = true;
                return added;
            }

            int i = (int)(value ^ (value >> 32)) & mask;
            while (true)
            {
                ulong slot = slots[i];
                if (slot == 0)
                {
                    slots[i] = value;
                    return true;
                }

                if (slot == value)
                {
                    return false;
                }

                i = (i + 1) & mask;
            }
        }
    }

    /// <summary>64-bit FNV-1a over the lowercased letters and digits, so "Text." and "text" collide and nothing else realistically does.</summary>
    internal static ulong Fingerprint(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            if (char.IsAscii(c))
            {
                // Same result as below without the Unicode tables: ASCII letters lower-case by setting bit 0x20.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * 1099511628211UL;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
        }

        return hash;
    }
}
