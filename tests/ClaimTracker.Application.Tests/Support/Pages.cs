using ClaimTracker.Application.Common;

namespace ClaimTracker.Application.Tests.Support;

public static class Pages
{
    /// <summary>
    /// Follows NextCursor from the first page to the last and returns every item in the order served.
    /// Every page but the last must be full; a cursor loop fails instead of hanging.
    /// </summary>
    public static async Task<List<T>> WalkAsync<T>(int pageSize, Func<string?, Task<Page<T>>> fetch)
    {
        var items = new List<T>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            Assert.True(pages <= 1000, "Paging did not end after 1000 pages.");
            var page = await fetch(after);
            items.AddRange(page.Items);
            if (page.NextCursor is null)
            {
                Assert.True(page.Items.Count <= pageSize, $"The last page holds {page.Items.Count} items; the page size is {pageSize}.");
                return items;
            }
            Assert.Equal(pageSize, page.Items.Count);
            after = page.NextCursor;
        }
    }
}
