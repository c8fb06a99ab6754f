using Assessment.Cli;

using var uit = Console.OpenStandardOutput();
return await Opdrachtregel.Voer(args, uit, Console.Error);
