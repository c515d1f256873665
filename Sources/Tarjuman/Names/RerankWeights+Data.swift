// GENERATED from Data/reranker.tsv by scripts/embed-data.py. Do not edit.

extension RerankWeights {
    /// The text of `Data/reranker.tsv`.
    public static let builtInText = #"""
# Tarjuman reranker weights, format 1: feature, weight for an Arabic query, weight for an English query.
# The weighted sum of the features is added to the name model's score; see SpellingEvidence.
# rival-margin and rival-behind weigh the list-aware stage (SpellingEvidence.rivalAware), fitted after the others.
# Fitted by: tarjuman train-reranker on wd-dev.tsv (5197 pairs), depth 20.
forward	-0.8434287841776762	-0.7652626633361798
reverse	-0.6949687229011978	-0.8186596481608245
english-background	0.6191200334398641	1.0000001355227457
arabic-background	0.9999998806322603	0.649828946351249
romanizer	0.12230362214417785	0.11612436837764749
arabizer	0.15176435463504886	0.16156029982943843
romanizer-failed	13.638779854225332	12.796324444690189
arabizer-failed	15.493110826148538	16.284699544334355
arabic-length	2.8406345416269224e-12	-0.04359355394420748
english-length	0.08063882564446957	1.1361190706234381e-12
length-gap	-0.09536742663020421	-0.20660686311863158
length-gap-squared	0.3298368418503694	0.5994270952873879
rival-margin	1.8209958618464674	1.1599122539035378
rival-behind	1.1659795110868791	1.0871150919599712
"""#
}
