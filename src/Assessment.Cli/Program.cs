using Assessment.Cli;

return await Opdrachtregel.Voer(args, Console.Out, Console.Error);
