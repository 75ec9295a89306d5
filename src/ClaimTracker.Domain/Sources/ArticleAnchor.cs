using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Sources;

/// <summary>
/// Where a statement's words are in its source's article text, kept the W3C Web Annotation way: the exact words with
/// a little text either side (TextQuoteSelector) and character offsets (TextPositionSelector), like an
/// <see cref="Annotation"/>. One per statement; it also tells intake which candidates were already accepted.
/// </summary>
public class ArticleAnchor
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int SourceId { get; set; }
    public string Exact { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Suffix { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
}
