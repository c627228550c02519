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
        // Where the time goes: the median of each question of the mix.
        var byQuestion = Assert.IsType<Dictionary<string, double>>(result["askP50MsByQuestion"]);
        Assert.Equal(BenchCommand.QuestionMix.Select(q => q[^1]).Order(), byQuestion.Keys.Order());
        Assert.All(byQuestion.Values, ms => Assert.True(ms > 0));
    }
}
