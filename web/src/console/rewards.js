// Helpers of the console's rewards catalog form, free of Vue so they are unit-tested.
// A reward's picture is either a photo staff upload (POST /media, sent as pictureMediaId) or a
// link typed in the URL field; an uploaded photo wins and the link is then not sent.
import { translate } from '../shared/i18n/index.js'

/** The backend's limit for one photo (media.MediaService.MAX_BYTES). */
export const PICTURE_MAX_BYTES = 10 * 1024 * 1024
export const PICTURE_ACCEPT = 'image/jpeg,image/png'

/** An empty form, or the form of an existing item (as GET /admin/rewards returns it). */
export function rewardForm(item) {
  const uploaded = Boolean(item?.pictureMediaId)
  return {
    id: item?.id ?? null,
    name: item?.name ?? '',
    description: item?.description ?? '',
    pictureMediaId: item?.pictureMediaId ?? null,
    // For an uploaded photo the API answers its signed, short-lived URL: a preview, not a link.
    pictureUrl: uploaded ? '' : (item?.pictureUrl ?? ''),
    picturePreview: uploaded ? item.pictureUrl : null,
    price: item?.price ?? 100,
    stock: item?.stock ?? 10,
    limitDay: item?.limitDay ?? null,
    limitWeek: item?.limitWeek ?? null,
    limitMonth: item?.limitMonth ?? null,
    limitTotal: item?.limitTotal ?? null,
    availableFrom: item?.availableFrom ?? null,
    availableUntil: item?.availableUntil ?? null,
    pickupPlace: item?.pickupPlace ?? '',
    pickupDays: item?.pickupDays ?? 7,
    active: item?.active ?? true
  }
}

const numberOrNull = (v) => (v === '' || v === null || v === undefined ? null : Number(v))
const textOrNull = (v) => {
  const trimmed = (v ?? '').trim()
  return trimmed ? trimmed : null
}

/** The form as the API's ItemRequest. */
export function rewardBody(form) {
  const pictureMediaId = form.pictureMediaId || null
  return {
    name: form.name,
    description: form.description,
    pictureMediaId,
    pictureUrl: pictureMediaId ? null : textOrNull(form.pictureUrl),
    price: Number(form.price),
    stock: numberOrNull(form.stock),
    limitDay: numberOrNull(form.limitDay),
    limitWeek: numberOrNull(form.limitWeek),
    limitMonth: numberOrNull(form.limitMonth),
    limitTotal: numberOrNull(form.limitTotal),
    availableFrom: form.availableFrom ?? null,
    availableUntil: form.availableUntil ?? null,
    pickupPlace: form.pickupPlace,
    pickupDays: Number(form.pickupDays),
    active: Boolean(form.active)
  }
}

/** What the preview shows: the uploaded photo, else a typed http(s) link, else nothing. */
export function picturePreview(form) {
  if (form.pictureMediaId) return form.picturePreview || null
  const url = textOrNull(form.pictureUrl)
  return url && /^https?:\/\/\S+$/.test(url) ? url : null
}

/**
 * Why a chosen file cannot be a picture, before sending it (the server checks again and says why
 * in problem+json, e.g. for a HEIC photo or a damaged file); null when it may be sent.
 */
export function pictureFileProblem(file) {
  if (!file) return null
  if (file.type && !file.type.startsWith('image/')) return translate('console.rewards.pictureNotImage')
  if (file.size > PICTURE_MAX_BYTES) return translate('console.rewards.pictureTooBig')
  return null
}

/**
 * Uploads the chosen picture and puts it on the form (replacing any earlier one). Throws an Error
 * whose message is for the user: the local check's, or the server's problem detail.
 */
export async function uploadRewardPicture(api, form, file) {
  const problem = pictureFileProblem(file)
  if (problem) throw new Error(problem)
  const data = new FormData()
  data.append('file', file)
  const media = await api.upload('/media', data)
  form.pictureMediaId = media.id
  form.picturePreview = media.thumbnailUrl || media.url
  return media
}

/** Takes the uploaded picture off the form; saving then stores the link field, or nothing. */
export function removeRewardPicture(form) {
  form.pictureMediaId = null
  form.picturePreview = null
}
