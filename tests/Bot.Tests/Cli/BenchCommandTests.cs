using Assistant.Bot.Cli;
using Assistant.Retrieval.Corpus;

namespace Assistant.Bot.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void Run_RealCorpus_IndexedAndScanAnswersAreIdentical()
    {
        var seeds = CorpusLoader.Load(CliRunner.Corpus).Projects;

        var result = BenchCommand.Run(seeds, seeds.Count);

        // Every answer of the question mix, through the index and through the reference scan, compared whole
        // (download links aside: each names a fresh snapshot).
        Assert.True((int)result["answersCompared"] >= 20);
        Assert.Equal(result["answersCompared"], result["answersIdentical"]);
    }
}
