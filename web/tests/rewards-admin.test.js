import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/api-client.js'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { elementPlugin } from '@/console/element.js'
import { auth } from '@/console/session.js'
import {
  PICTURE_MAX_BYTES, pictureFileProblem, picturePreview, removeRewardPicture, rewardBody, rewardForm, uploadRewardPicture
} from '@/console/rewards.js'
import RewardsAdminView from '@/console/views/RewardsAdminView.vue'
import { jsonResponse, problemResponse } from './helpers.js'

const png = (size = 2048) => new File([new Uint8Array(size)], 'cup.png', { type: 'image/png' })
const MEDIA = { id: 'M0123456789abcdefABCDEF', url: '/media/M1/full?exp=1&sig=a', thumbnailUrl: '/media/M1/thumb?exp=1&sig=b' }
const ITEM = {
  id: 4, name: '保温杯', description: '纪念款', pictureMediaId: null, pictureUrl: 'https://example.org/cup.png',
  price: 30, stock: 2, stockTotal: 5, limitDay: 1, limitWeek: null, limitMonth: null, limitTotal: null,
  availableFrom: null, availableUntil: '2026-12-31T16:00:00Z', pickupPlace: '服务中心', pickupDays: 7, active: true
}

describe('reward form', () => {
  it('keeps a typed link of an item as the link, and the uploaded photo of another as a preview only', () => {
    expect(rewardForm(ITEM)).toMatchObject({ pictureMediaId: null, pictureUrl: 'https://example.org/cup.png', picturePreview: null })
    const uploaded = rewardForm({ ...ITEM, pictureMediaId: 'M1', pictureUrl: '/media/M1/full?exp=1&sig=a' })
    expect(uploaded).toMatchObject({ pictureMediaId: 'M1', pictureUrl: '', picturePreview: '/media/M1/full?exp=1&sig=a' })
    // Saving it unchanged keeps the photo and never sends the signed URL as a link.
    expect(rewardBody(uploaded)).toMatchObject({ pictureMediaId: 'M1', pictureUrl: null })
  })

  it('sends numbers, empty limits as null, the window, and an uploaded photo instead of the link', () => {
    const form = rewardForm(ITEM)
    form.price = '40'
    form.limitWeek = ''
    form.pictureMediaId = 'M2'
    expect(rewardBody(form)).toEqual({
      name: '保温杯', description: '纪念款', pictureMediaId: 'M2', pictureUrl: null, price: 40, stock: 2,
      limitDay: 1, limitWeek: null, limitMonth: null, limitTotal: null, availableFrom: null,
      availableUntil: '2026-12-31T16:00:00Z', pickupPlace: '服务中心', pickupDays: 7, active: true
    })
    removeRewardPicture(form)
    form.pictureUrl = '  '
    expect(rewardBody(form)).toMatchObject({ pictureMediaId: null, pictureUrl: null })
    expect(rewardForm(null)).toMatchObject({ id: null, price: 100, stock: 10, pickupDays: 7, active: true, pictureMediaId: null })
  })

  it('previews the uploaded photo first, else a typed http(s) link', () => {
    expect(picturePreview({ pictureMediaId: 'M1', picturePreview: '/media/M1/thumb', pictureUrl: 'https://a.org/x.png' })).toBe('/media/M1/thumb')
    expect(picturePreview({ pictureMediaId: null, pictureUrl: ' https://a.org/x.png ' })).toBe('https://a.org/x.png')
    expect(picturePreview({ pictureMediaId: null, pictureUrl: 'javascript:alert(1)' })).toBeNull()
    expect(picturePreview({ pictureMediaId: null, pictureUrl: '' })).toBeNull()
  })
})

describe('reward picture upload', () => {
  afterEach(() => setLocale('zh-CN'))

  it('refuses a file that is not a picture or is too big, in Chinese and in English', () => {
    setLocale('zh-CN')
    expect(pictureFileProblem(new File(['x'], 'a.pdf', { type: 'application/pdf' }))).toContain('不是图片')
    expect(pictureFileProblem(png(PICTURE_MAX_BYTES + 1))).toContain('10 MB')
    setLocale('en')
    expect(pictureFileProblem(new File(['x'], 'a.pdf', { type: 'application/pdf' }))).toContain('not a picture')
    expect(pictureFileProblem(png(PICTURE_MAX_BYTES + 1))).toContain('larger than 10 MB')
    // Exactly the limit, a HEIC photo or an unknown type: the server decides and says why.
    expect(pictureFileProblem(png(PICTURE_MAX_BYTES))).toBeNull()
    expect(pictureFileProblem(new File(['x'], 'a.heic', { type: 'image/heic' }))).toBeNull()
    expect(pictureFileProblem(new File(['x'], 'a.bin'))).toBeNull()
  })

  it('uploads the file as the multipart part "file" and puts the photo on the form', async () => {
    const api = { upload: vi.fn().mockResolvedValue(MEDIA) }
    const form = rewardForm(ITEM)
    const file = png()
    await uploadRewardPicture(api, form, file)
    const [path, data] = api.upload.mock.calls[0]
    expect(path).toBe('/media')
    expect(data.get('file')).toBeInstanceOf(File)
    expect(data.get('file').name).toBe('cup.png')
    expect(form).toMatchObject({ pictureMediaId: MEDIA.id, picturePreview: MEDIA.thumbnailUrl })
  })

  it('does not send a file the local check refuses, and passes the server problem on', async () => {
    const api = { upload: vi.fn().mockRejectedValue(new ApiError({ status: 400, detail: '仅支持 JPEG 和 PNG 格式的照片，请换一张。' })) }
    const form = rewardForm(null)
    await expect(uploadRewardPicture(api, form, png(PICTURE_MAX_BYTES + 1))).rejects.toThrow('10 MB')
    expect(api.upload).not.toHaveBeenCalled()
    await expect(uploadRewardPicture(api, form, png())).rejects.toThrow('仅支持 JPEG 和 PNG')
    expect(form.pictureMediaId).toBeNull()
  })
})

describe('RewardsAdminView picture', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    setLocale('zh-CN')
    auth.signIn({ accessToken: 'staff-token', subject: 'staff:li', displayName: '李', roles: ['STAFF'] })
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
  })

  async function choose(file) {
    const input = wrapper.get('input[data-testid="reward-picture"]')
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
  }

  const calls = (method, path) =>
    fetchMock.mock.calls.filter(([url, init]) => init.method === method && url.endsWith(path))

  it('uploads a chosen picture, previews it and saves the item with its pictureMediaId', async () => {
    fetchMock.mockImplementation(async (url, init) => {
      if (url.endsWith('/media')) return jsonResponse(201, MEDIA)
      if (init.method === 'POST') return jsonResponse(201, { ...ITEM, id: 9 })
      return jsonResponse(200, [])
    })
    wrapper = mount(RewardsAdminView, { global: { plugins: [i18n, elementPlugin] }, attachTo: document.body })
    await vi.waitFor(() => expect(calls('GET', '/admin/rewards?size=100')).toHaveLength(1))
    await wrapper.get('[data-testid="reward-add"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('input[data-testid="reward-picture"]').exists()).toBe(true))
    await choose(png())
    await vi.waitFor(() => expect(wrapper.find('[data-testid="reward-picture-preview"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="reward-picture-preview"]').attributes('src')).toBe(MEDIA.thumbnailUrl)
    expect(wrapper.get('input[data-testid="reward-picture-url"]').element.disabled).toBe(true)
    await wrapper.get('input[data-testid="reward-name"]').setValue('保温杯')
    await wrapper.get('input[data-testid="reward-place"]').setValue('服务中心')
    await wrapper.get('[data-testid="reward-save"]').trigger('click')
    await vi.waitFor(() => expect(calls('POST', '/admin/rewards')).toHaveLength(1))
    const body = JSON.parse(calls('POST', '/admin/rewards')[0][1].body)
    expect(body).toMatchObject({ name: '保温杯', pictureMediaId: MEDIA.id, pictureUrl: null })
  })

  it('shows the server problem when the file is refused, and removing the picture clears it', async () => {
    fetchMock.mockImplementation(async (url) => {
      if (url.endsWith('/media')) return problemResponse(400, { detail: '仅支持 JPEG 和 PNG 格式的照片，请换一张。' })
      return jsonResponse(200, [{ ...ITEM, pictureMediaId: 'M1', pictureUrl: '/media/M1/full?exp=1&sig=a' }])
    })
    wrapper = mount(RewardsAdminView, { global: { plugins: [i18n, elementPlugin] }, attachTo: document.body })
    await vi.waitFor(() => expect(wrapper.text()).toContain('保温杯'))
    await wrapper.findAll('button').find((b) => b.text() === '编辑').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="reward-picture-preview"]').exists()).toBe(true))
    await choose(new File(['GIF89a'], 'cup.gif', { type: 'image/gif' }))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="reward-picture-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="reward-picture-error"]').text()).toBe('仅支持 JPEG 和 PNG 格式的照片，请换一张。')
    await wrapper.get('[data-testid="reward-picture-remove"]').trigger('click')
    expect(wrapper.find('[data-testid="reward-picture-preview"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="reward-picture-error"]').exists()).toBe(false)
    expect(wrapper.get('input[data-testid="reward-picture-url"]').element.disabled).toBe(false)
  })
})
