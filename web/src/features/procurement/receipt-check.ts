import { parseQty } from './format'

/** Keys of proc.orders.* for the fields a receipt or return gets wrong before it is sent. */
export type CheckErrors = Partial<Record<'accepted' | 'rejected' | 'rejectReason' | 'quantity' | 'reason', string>>

export function checkReceipt(f: { accepted: string; rejected: string; rejectReason: string }, outstanding: number): CheckErrors {
  const errors: CheckErrors = {}
  const accepted = f.accepted.trim() === '' ? 0 : parseQty(f.accepted)
  const rejected = f.rejected.trim() === '' ? 0 : parseQty(f.rejected)
  if (accepted == null) errors.accepted = 'badQty'
  if (rejected == null) errors.rejected = 'badQty'
  if (accepted != null && rejected != null) {
    if (accepted + rejected <= 0) errors.accepted = 'nothingArrived'
    else if (accepted + rejected > outstanding) errors.accepted = 'tooMuch'
    if (rejected > 0 && f.rejectReason.trim() === '') errors.rejectReason = 'reasonRequired'
  }
  return errors
}

export function checkReturn(f: { quantity: string; reason: string }): CheckErrors {
  const errors: CheckErrors = {}
  const quantity = parseQty(f.quantity)
  if (quantity == null || quantity <= 0) errors.quantity = 'badQty'
  if (f.reason.trim() === '') errors.reason = 'required'
  return errors
}
