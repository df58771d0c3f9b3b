using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsClean.Languages;

/// <summary>
/// A case-insensitive map from short ASCII words to a value, looked up by a number instead of a string: each letter
/// is its low five bits (1 to 26 whatever its case), the first letter lowest, so a word of up to <see cref="MaxLength"/>
/// letters packs into a <see cref="ulong"/> while it is being scanned (or at once, <see cref="AsciiLetterRuns.Pack"/>),
/// and a lookup is two multiplies and two reads.
/// </summary>
internal sealed class PackedAsciiWords
{
    /// <summary>The longest word that packs: twelve letters of five bits.</summary>
    public const int MaxLength = 12;

    // Cuckoo hashing: a word sits in one of two slots, chosen by two multipliers, so a lookup reads both and keeps the
    // one that matches without a branch (about 40% of words in prose are stopwords: a hit or a miss is a coin toss the
    // branch predictor loses). Each slot is a key and its value side by side; a key of 0 is an empty slot.
    private const int MaxKicks = 1000;

    private readonly ulong[] slots;
    private readonly int shift;
    private readonly ulong firstMultiplier;
    private readonly ulong secondMultiplier;

    /// <summary>Builds the map; every key must consist of 1 to <see cref="MaxLength"/> ASCII letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per process: unoptimised code would cost milliseconds
    public PackedAsciiWords(IReadOnlyDictionary<string, ulong> words)
    {
        // At most a third full: two-choice cuckoo tables fill without trouble below half. Should the insertions still
        // go round in circles, other multipliers (and then a larger table) are tried; the sequence is fixed, so every
        // build of the same words gives the same table.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, words.Count * 2));
        firstMultiplier = 0x9E3779B97F4A7C15UL;
        secondMultiplier = 0xC2B2AE3D27D4EB4FUL;
        for (int attempt = 1; ; attempt++)
        {
            slots = new ulong[2 * size];
            shift = 64 - BitOperations.Log2((uint)size);
            bool placed = true;
            foreach (var (word, value) in words)
            {
                if (!Insert(Pack(word), value))
                {
                    placed = false;
                    break;
                }
            }

            if (placed)
            {
                break;
            }

            firstMultiplier += 0x632BE59BD9B4E01AUL; // even steps keep the multipliers odd
            secondMultiplier += 0x85EBCA77C2B2AE62UL;
            size = attempt % 4 == 0 ? size * 2 : size;
        }
    }

    /// <summary>Packs a word of ASCII letters.</summary>
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong packed = 0;
        for (int i = 0; i < word.Length; i++)
        {
            packed = Append(packed, word[i], i);
        }

        return packed;
    }

    /// <summary>
    /// Adds an ASCII letter to a packed word as its letter number <paramref name="index"/> (from 0). Shifts wrap past the
    /// 64 bits, so the result of a word longer than <see cref="MaxLength"/> means nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Append(ulong packed, char letter, int index) => packed | ((ulong)(letter & 0x1F) << (5 * index));

    /// <summary>The value of <paramref name="packed"/> (a nonzero packed word), or 0 when it is not listed. Never branches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once per word in the detector's hot loops
    public ulong Find(ulong packed)
    {
        ref ulong table = ref MemoryMarshal.GetArrayDataReference(slots);
        nuint first = 2 * Slot(packed, firstMultiplier);
        nuint second = 2 * Slot(packed, secondMultiplier);
        return (Unsafe.Add(ref table, first + 1) & AllOnesWhenEqual(Unsafe.Add(ref table, first), packed))
            | (Unsafe.Add(ref table, second + 1) & AllOnesWhenEqual(Unsafe.Add(ref table, second), packed));
    }

    private static ulong AllOnesWhenEqual(ulong a, ulong b) => 0UL - (a == b ? 1UL : 0UL);

    private nuint Slot(ulong key, ulong multiplier) => (nuint)((key * multiplier) >> shift);

    /// <summary>Places a key, moving keys to their other slot as needed; false when that goes round in circles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called thousands of times by a build that runs once per process
    private bool Insert(ulong key, ulong value)
    {
        // A key listed twice (the same word in another case) is in one of its two slots: the values merge. Else an
        // empty one of them takes it, or it moves a key out of its first slot to that key's other slot, and so on.
        nuint slot = Slot(key, firstMultiplier);
        nuint second = Slot(key, secondMultiplier);
        if (slots[2 * slot] == key || slots[2 * second] == key)
        {
            slots[(2 * (slots[2 * slot] == key ? slot : second)) + 1] |= value;
            return true;
        }

        if (slots[2 * slot] != 0 && slots[2 * second] == 0)
        {
            slot = second;
        }

        for (int kick = 0; kick < MaxKicks; kick++)
        {
            ulong resident = slots[2 * slot];
            ulong residentValue = slots[(2 * slot) + 1];
            slots[2 * slot] = key;
            slots[(2 * slot) + 1] = value;
            if (resident == 0)
            {
                return true;
            }

            // The evicted key goes to its other slot.
            (key, value) = (resident, residentValue);
            nuint firstSlot = Slot(key, firstMultiplier);
            slot = slot == firstSlot ? Slot(key, secondMultiplier) : firstSlot;
        }

        return false;
    }
}
