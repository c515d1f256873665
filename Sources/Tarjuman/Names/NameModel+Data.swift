extension TransliterationModel { static let builtInText = "" }
