namespace NewsReader.Parsing.Attribution;

/// <summary>A body paragraph split into tokens, with which tokens stand inside a quotation.</summary>
internal sealed class Paragraph
{
    /// <param name="quoted">The quotations in this paragraph (their <see cref="QuoteScanner.Mark.Block"/> is <paramref name="block"/>).</param>
    public Paragraph(int block, int offset, ReadOnlyMemory<char> text, LanguageTables tables, ReadOnlySpan<QuoteScanner.Mark> quoted)
    {
        Block = block;
        Offset = offset;
        this.text = text;
        Tokens = Tokenizer.Split(text.Span, tables);
        (Index, capitalised, allCaps, marks) = Tokenizer.Index(Tokens);
        InQuote = new bool[Tokens.Count];
        // Each quotation marks its own tokens, found by binary search: linear in the tokens and quotations together.
        // Not words in single quotes, which are mostly terms and names ("Munafri Arifuddin atau 'Appi'"): they stay words of the
        // sentence, where a name may be found.
        foreach (var mark in quoted)
            if (!mark.Single)
                for (var i = TokenAt(mark.Open); i < Tokens.Count && Tokens[i].Start <= mark.Close; i++) InQuote[i] = true;
    }

    public int Block { get; }
    /// <summary>Where the paragraph's text starts in the article's text.</summary>
    public int Offset { get; }
    /// <summary>The paragraph's characters: a view of the block's, so that no string of the paragraph is made.</summary>
    public ReadOnlySpan<char> Text => text.Span;
    private readonly ReadOnlyMemory<char> text;
    public TokenList Tokens { get; }
    /// <summary>
    /// Where the capitalised tokens are (<see cref="Token.IsCapitalised"/>), in order: the article's scans for names and
    /// short forms start only at one of them, and about one token in six is.
    /// </summary>
    public ReadOnlySpan<int> Capitalised => Index.AsSpan(0, capitalised);
    /// <summary>Where the tokens in capitals are (<see cref="Token.IsAllCaps"/>), in order: acronyms and initials.</summary>
    public ReadOnlySpan<int> AllCaps => Index.AsSpan(Tokens.Count, allCaps);
    /// <summary>Where the punctuation is (the tokens that are no word), in order: commas and brackets.</summary>
    public ReadOnlySpan<int> Marks => Index.AsSpan(2 * Tokens.Count, marks);
    /// <summary>The three lists above, each in a third of the array (<see cref="Tokenizer.Index"/>), which is reused as the tokens are.</summary>
    internal int[] Index { get; }
    private readonly int capitalised, allCaps, marks;
    /// <summary>True for the tokens of a quotation, its marks included.</summary>
    public bool[] InQuote { get; }

    /// <summary>The first token at or after a position in the paragraph's text.</summary>
    public int TokenAt(int position)
    {
        var lo = 0;
        var hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>True when token <paramref name="i"/> opens a sentence (after a stop, a colon, a quotation or the paragraph's start).</summary>
    public bool StartsSentence(int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var token = Tokens[k];
            // A quotation that ends on a word ("was as "dramatic" as Mr Renner believed") goes on with its sentence.
            if (InQuote[k]) return !(k > 0 && InQuote[k - 1] && Tokens[k - 1].IsWord && !token.IsWord);
            if (token.EndsSentence || token.Is(':')) return true;
            if (token.IsWord) return false;
        }
        return true;
    }

    /// <summary>The first token of the sentence holding token <paramref name="i"/>; a quotation ends the sentence before it.</summary>
    public int SentenceStart(int i)
    {
        var k = i;
        while (k > 0 && !Tokens[k - 1].EndsSentence && !InQuote[k - 1]) k--;
        return k;
    }

    /// <summary>
    /// The first token of the sentence holding token <paramref name="i"/>, reading on over the fragments quoted inside it
    /// ('Okafor said the firm had to cut jobs as the "law of diminishing returns" takes effect, saying'); a quotation that
    /// ends with a stop ends the sentence before it.
    /// </summary>
    public int SentenceStartAcrossFragments(int i)
    {
        var k = SentenceStart(i);
        // '… with "such sincerity", adding: "…"': the fragment read on may open with the comma after the quotation.
        while (k > 1 && InQuote[k - 1] && (Tokens[k].IsWord && Tokens[k].IsLower || Tokens[k].Is(',') && k + 1 < Tokens.Count && Tokens[k + 1].IsWord && Tokens[k + 1].IsLower))
        {
            var open = k - 1;
            while (open > 0 && InQuote[open - 1]) open--;
            for (var j = open; j < k; j++)
                if (Tokens[j].EndsSentence) return k;
            if (open == 0 || !Tokens[open - 1].IsWord) return k;
            k = SentenceStart(open);
        }
        return k;
    }

    /// <summary>
    /// The token after the last one of the sentence holding token <paramref name="i"/>, reading on over the fragments quoted
    /// inside it ('His party "instinctively" understood the "new liberal Britain" which …, he said.'); a quotation that holds
    /// a stop, or that no word or comma follows, ends the sentence there.
    /// </summary>
    public int SentenceEndAcrossFragments(int i)
    {
        var k = SentenceEnd(i);
        while (k > 0 && k < Tokens.Count && InQuote[k] && Tokens[k - 1].IsWord)
        {
            var close = k;
            while (close < Tokens.Count && InQuote[close])
                if (Tokens[close++].EndsSentence) return k;
            if (close >= Tokens.Count || !(Tokens[close].IsWord || Tokens[close].Is(','))) return k;
            k = SentenceEnd(close);
        }
        return k;
    }

    /// <summary>The token after the last one of the sentence that starts at or after <paramref name="i"/>.</summary>
    public int SentenceEnd(int i)
    {
        var k = i;
        while (k < Tokens.Count && !Tokens[k].EndsSentence && !InQuote[k]) k++;
        return k;
    }
}

/// <summary>
/// An article's paragraphs by their block index. The rules look a paragraph up by block many times for each quote; this is
/// one array read where a dictionary hashes the key and reads a bucket and an entry, and building it allocates one array.
/// </summary>
internal sealed class ParagraphsByBlock
{
    private readonly Paragraph?[] byBlock;

    /// <param name="paragraphs">In block order, as the parser makes them.</param>
    public ParagraphsByBlock(IReadOnlyList<Paragraph> paragraphs)
    {
        byBlock = new Paragraph?[paragraphs.Count == 0 ? 0 : paragraphs[^1].Block + 1];
        foreach (var paragraph in paragraphs) byBlock[paragraph.Block] = paragraph;
    }

    public bool TryGetValue(int block, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Paragraph? paragraph)
    {
        paragraph = (uint)block < (uint)byBlock.Length ? byBlock[block] : null;
        return paragraph is not null;
    }

    public Paragraph this[int block] => TryGetValue(block, out var paragraph) ? paragraph : throw new KeyNotFoundException($"No paragraph has block {block}.");
}
