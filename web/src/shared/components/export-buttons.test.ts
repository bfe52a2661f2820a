import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n, setLocale } from '@/shared/i18n'
import * as files from '@/shared/save-file'
import ExportButtons from './export-buttons.vue'

const file = { blob: new Blob(['a;b']), fileName: 'остатки.csv' }

describe('export-buttons', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => vi.restoreAllMocks())

  it('downloads the format clicked and hands the file to the browser, the buttons disabled meanwhile', async () => {
    const save = vi.spyOn(files, 'saveFile').mockImplementation(() => undefined)
    let finish: (value: typeof file) => void = () => undefined
    const download = vi.fn(() => new Promise<typeof file>((resolve) => (finish = resolve)))
    const wrapper = mount(ExportButtons, { props: { download, messages: 'stock' }, global: { plugins: [i18n] } })
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe(i18n.global.t('stock.export'))

    await wrapper.get('[data-test="export-csv"]').trigger('click')
    expect(download).toHaveBeenCalledWith('csv')
    expect(wrapper.get('[data-test="export-csv"]').text()).toBe(`⤓ ${i18n.global.t('stock.exporting')}`)
    expect(wrapper.get('[data-test="export-xlsx"]').attributes('disabled')).toBeDefined()
    finish(file)
    await flushPromises()
    expect(save).toHaveBeenCalledWith(file)
    expect(wrapper.get('[data-test="export-csv"]').text()).toBe('⤓ CSV')
    expect(wrapper.get('[data-test="export-xlsx"]').attributes('disabled')).toBeUndefined()
  })

  it('says why an export failed, in the feature’s words when the server gives none', async () => {
    const save = vi.spyOn(files, 'saveFile').mockImplementation(() => undefined)
    const download = vi.fn(() => Promise.reject(new Error('connection reset')))
    const wrapper = mount(ExportButtons, { props: { download, messages: 'proc' }, global: { plugins: [i18n] } })
    await wrapper.get('[data-test="export-xlsx"]').trigger('click')
    await flushPromises()
    expect(download).toHaveBeenCalledWith('xlsx')
    expect(save).not.toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toBe('Не удалось выгрузить список')
  })
})
