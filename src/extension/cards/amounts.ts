/** Amounts as a reporter writes them: the core's, shared by the cards and the checks' messages. */
export { compactAmount } from '../../core/figures/amounts';
