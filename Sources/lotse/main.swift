LotseCommand.main()
