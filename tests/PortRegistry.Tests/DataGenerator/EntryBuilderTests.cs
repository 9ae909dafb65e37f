using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>Which records are kept, range expansion, merging names per port and protocol, descriptions and order.</summary>
public sealed class EntryBuilderTests
{
    private static EntryBuildResult Build(params IanaRecord[] records) => EntryBuilder.Build(records);

    private static IanaRecord Rec(string? name, string? protocol, string? number, string description = "") =>
        new(name, protocol, number, description);

    private static string[] Keys(EntryBuildResult result) =>
        [.. result.Entries.Select(e => $"{e.Port}/{e.Protocol}")];

    [Fact]
    public void Build_RangeRecord_ExpandsToOneEntryPerPort()
    {
        EntryBuildResult result = Build(Rec("x11", "tcp", "6000-6063", "X Window System"));

        Assert.Equal(64, result.Entries.Count);
        Assert.Equal(Enumerable.Range(6000, 64), result.Entries.Select(e => e.Port));
        Assert.All(result.Entries, e =>
        {
            Assert.Equal("x11", e.Name);
            Assert.Equal("tcp", e.Protocol);
            Assert.Empty(e.Aliases);
            Assert.Equal("X Window System", e.Description);
        });
        RangeExpansion expansion = Assert.Single(result.RangeExpansions);
        Assert.Equal(new RangeExpansion("x11", "tcp", new IanaPortRange(6000, 6063)), expansion);
        Assert.Equal(64, expansion.Range.Count);
    }

    [Fact]
    public void Build_SinglePort_IsNoRangeExpansion()
    {
        EntryBuildResult result = Build(Rec("echo", "tcp", "7"));

        Assert.Single(result.Entries);
        Assert.Empty(result.RangeExpansions);
    }

    [Fact]
    public void Build_SeveralNamesOnOnePortAndProtocol_FirstIsNameOthersAliasesInRegistryOrder()
    {
        EntryBuildResult result = Build(
            Rec("http", "tcp", "80", "World Wide Web HTTP"),
            Rec("http", "udp", "80", "World Wide Web HTTP"),
            Rec("www", "tcp", "80", "World Wide Web HTTP"),
            Rec("www", "udp", "80", "World Wide Web HTTP"),
            Rec("www-http", "tcp", "80", "World Wide Web HTTP"),
            Rec("www-http", "udp", "80", "World Wide Web HTTP"));

        Assert.Equal(2, result.Entries.Count);
        Assert.All(result.Entries, e =>
        {
            Assert.Equal("http", e.Name);
            Assert.Equal(["www", "www-http"], e.Aliases);
        });
    }

    [Fact]
    public void Build_NameRepeatedOnSamePort_DroppedAndCounted()
    {
        EntryBuildResult result = Build(
            Rec("http", "tcp", "80"),
            Rec("www", "tcp", "80"),
            Rec("http", "tcp", "80"),
            Rec("www", "tcp", "80"));

        GeneratedEntry entry = Assert.Single(result.Entries);
        Assert.Equal("http", entry.Name);
        Assert.Equal(["www"], entry.Aliases);
        Assert.Equal(2, result.DuplicateNames);
    }

    [Fact]
    public void Build_NamesDifferingOnlyInCase_BothKeptVerbatim()
    {
        EntryBuildResult result = Build(Rec("CAIlic", "tcp", "216"), Rec("cailic", "tcp", "216"));

        GeneratedEntry entry = Assert.Single(result.Entries);
        Assert.Equal("CAIlic", entry.Name);
        Assert.Equal(["cailic"], entry.Aliases);
    }

    [Fact]
    public void Build_RangeOverlappingSinglePorts_MergesPortByPort()
    {
        EntryBuildResult result = Build(
            Rec("first", "tcp", "100"),
            Rec("block", "tcp", "99-101"));

        Assert.Equal(["99/tcp", "100/tcp", "101/tcp"], Keys(result));
        Assert.Equal(["block", "first", "block"], result.Entries.Select(e => e.Name));
        Assert.Equal(["block"], result.Entries[1].Aliases);
    }

    [Fact]
    public void Build_Description_ComesFromTheRecordThatSuppliedTheName()
    {
        EntryBuildResult result = Build(
            Rec("sql-net", "tcp", "66", "Oracle SQL*NET\n\nIANA assigned this well-formed service name"),
            Rec("sql*net", "tcp", "66", "Oracle SQL*NET"));

        GeneratedEntry entry = Assert.Single(result.Entries);
        Assert.Equal("Oracle SQL*NET IANA assigned this well-formed service name", entry.Description);
        Assert.Equal(["sql*net"], entry.Aliases);
    }

    [Fact]
    public void Build_NameRecordWithoutDescription_EntryHasNone()
    {
        EntryBuildResult result = Build(Rec("a", "tcp", "1", " \n "), Rec("b", "tcp", "1", "Bee"));

        Assert.Equal(string.Empty, Assert.Single(result.Entries).Description);
    }

    [Fact]
    public void Build_ShuffledRecords_OrderedByPortThenTcpUdpSctpDccp()
    {
        EntryBuildResult result = Build(
            Rec("d", "dccp", "9"),
            Rec("s", "sctp", "9"),
            Rec("big", "udp", "65535"),
            Rec("u", "udp", "9"),
            Rec("t", "tcp", "9"),
            Rec("zero", "tcp", "0"),
            Rec("two", "sctp", "2"),
            Rec("ten", "tcp", "10"));

        Assert.Equal(["0/tcp", "2/sctp", "9/tcp", "9/udp", "9/sctp", "9/dccp", "10/tcp", "65535/udp"], Keys(result));
    }

    [Fact]
    public void Build_ProtocolInOtherCase_NormalisedToLowerCase()
    {
        EntryBuildResult result = Build(Rec("a", "TCP", "1"), Rec("b", " Sctp ", "1"));

        Assert.Equal(["1/tcp", "1/sctp"], Keys(result));
    }

    [Fact]
    public void Build_IncompleteOrInvalidRecords_SkippedWithReason()
    {
        EntryBuildResult result = Build(
            Rec(null, "tcp", "225-241", "Unassigned"),
            Rec(" ", "tcp", "359", "Reserved"),
            Rec("noport", "tcp", null),
            Rec("swx", null, "7300-7359"),
            Rec("ddp-thing", "ddp", "4"),
            Rec("bad", "tcp", "65536"),
            Rec("backwards", "udp", "20-10"),
            Rec("ok", "tcp", "1"));

        Assert.Equal(8, result.RecordsRead);
        Assert.Equal(1, result.RecordsKept);
        Assert.Equal(["1/tcp"], Keys(result));
        Assert.Equal(
            [
                RecordSkipReason.MissingName,
                RecordSkipReason.MissingName,
                RecordSkipReason.MissingNumber,
                RecordSkipReason.MissingProtocol,
                RecordSkipReason.UnsupportedProtocol,
                RecordSkipReason.InvalidNumber,
                RecordSkipReason.InvalidNumber,
            ],
            result.Skipped.Select(s => s.Reason));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], result.Skipped.Select(s => s.Index));
        Assert.Equal(2, result.SkippedCount(RecordSkipReason.MissingName));
    }

    [Fact]
    public void Build_NamesThatNeedMapping_MappedAndReportedOnce()
    {
        EntryBuildResult result = Build(
            Rec("my service", "tcp", "5000"),
            Rec("my service", "udp", "5000"),
            Rec("c#", "tcp", "5001"));

        Assert.Equal(["my-service", "my-service", "c-"], result.Entries.Select(e => e.Name));
        Assert.Equal(
            [new NameMapping("my service", "my-service"), new NameMapping("c#", "c-")],
            result.MappedNames);
    }

    [Fact]
    public void Build_MappedNameEqualToEntryName_DroppedAsDuplicate()
    {
        EntryBuildResult result = Build(Rec("a-b", "tcp", "1"), Rec("a b", "tcp", "1"), Rec("a#b", "tcp", "1"));

        GeneratedEntry entry = Assert.Single(result.Entries);
        Assert.Equal("a-b", entry.Name);
        Assert.Empty(entry.Aliases);
        Assert.Equal(2, result.DuplicateNames);
    }

    [Fact]
    public void Build_NoRecords_NoEntries()
    {
        EntryBuildResult result = Build();

        Assert.Empty(result.Entries);
        Assert.Equal(0, result.RecordsRead);
    }

    [Fact]
    public void Build_CuratedPort_CuratedNameFirstAndRegistryFirstNameAsAlias()
    {
        EntryBuildResult result = Build(
            Rec("shilp", "tcp", "2049"),
            Rec("nfs", "tcp", "2049", "Network File System - Sun Microsystems"),
            Rec("nfs", "sctp", "2049", "Network File System"));

        Assert.Equal(
            ["nfs 2049/tcp [shilp] Network File System - Sun Microsystems", "nfs 2049/sctp [] Network File System"],
            result.Entries.Select(e => $"{e.Name} {e.Port}/{e.Protocol} [{string.Join(' ', e.Aliases)}] {e.Description}"));
    }

    [Fact]
    public void Build_CuratedNameMissingFromRegistry_RegistryOrderStands()
    {
        EntryBuildResult result = Build(Rec("shilp", "udp", "2049", "Shilp"));

        GeneratedEntry entry = Assert.Single(result.Entries);
        Assert.Equal(("shilp", 0), (entry.Name, entry.Aliases.Count));
    }

    [Fact]
    public void CuratedNames_All_EachHasAReasonAndKnownProtocols()
        => Assert.All(CuratedNames.All, c =>
        {
            Assert.True(c.Reason.Length > 40, c.Name);
            Assert.NotEmpty(c.Protocols);
            Assert.All(c.Protocols, p => Assert.Contains(p, IanaProtocols.All));
        });
}
