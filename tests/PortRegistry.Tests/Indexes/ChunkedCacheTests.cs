using Ports.Indexes;

namespace Ports.Tests.Indexes;

public sealed class ChunkedCacheTests
{
    [Fact]
    public void GetOrAdd_EveryIndexAcrossChunks_EachKeepsItsOwnValue()
    {
        // A length that is not a whole number of chunks, with values stored out of order.
        const int length = 1_000;
        var cache = new ChunkedCache<string>(length);
        for (int i = length - 1; i >= 0; i -= 3)
        {
            string value = Value(i);
            Assert.Same(value, cache.GetOrAdd(i, value));
        }

        for (int i = 0; i < length; i++)
        {
            Assert.Equal((length - 1 - i) % 3 == 0 ? Value(i) : null, cache.Get(i));
        }
    }

    [Fact]
    public void GetOrAdd_IndexAlreadyStored_ReturnsTheFirstValue()
    {
        var cache = new ChunkedCache<string>(300);
        string first = new('a', 3);
        string second = new('a', 3);

        Assert.Same(first, cache.GetOrAdd(299, first));
        Assert.Same(first, cache.GetOrAdd(299, second));
        Assert.Same(first, cache.Get(299));
    }

    [Fact]
    public void Get_NothingStored_ReturnsNull()
    {
        var cache = new ChunkedCache<string>(5_000);

        Assert.Null(cache.Get(0));
        Assert.Null(cache.Get(4_999));
    }

    [Fact]
    public void GetOrAdd_ManyThreadsOnTheSameIndexes_AllSeeOneValuePerIndex()
    {
        const int length = 2_048;
        var cache = new ChunkedCache<object>(length);
        object[][] seen = new object[4][];
        Parallel.For(0, seen.Length, t =>
        {
            seen[t] = new object[length];
            for (int i = 0; i < length; i++)
            {
                seen[t][i] = cache.GetOrAdd(i, new object());
            }
        });

        for (int i = 0; i < length; i++)
        {
            object stored = cache.Get(i)!;
            Assert.All(seen, values => Assert.Same(stored, values[i]));
        }
    }

    private static string Value(int i) => "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
